package io.phasm.network.policy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** A CIDR block ("10.0.0.0/8", "fc00::/7", or one address), IPv4 or IPv6. */
record AddressRange(BigInteger network, int prefix, int bits) {

    static AddressRange parse(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        if (!address.matches("[0-9a-fA-F.:]+")) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + cidr);
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(address); // a literal: no lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address or CIDR block: " + cidr, e);
        }
        int bits = parsed.getAddress().length * 8;
        int prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("prefix out of range in " + cidr);
        }
        return new AddressRange(masked(new BigInteger(1, parsed.getAddress()), prefix, bits), prefix, bits);
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length * 8 == bits && masked(new BigInteger(1, bytes), prefix, bits).equals(network);
    }

    private static BigInteger masked(BigInteger value, int prefix, int bits) {
        return value.shiftRight(bits - prefix);
    }
}
