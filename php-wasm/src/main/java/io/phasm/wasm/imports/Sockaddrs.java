package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.Memory;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * struct sockaddr_in (16 bytes: family, port in network order, address) and sockaddr_in6
 * (28 bytes: family, port, flow info, address, scope id), as the module's musl lays them out.
 */
final class Sockaddrs {
    static final int IN_SIZE = 16, IN6_SIZE = 28;

    private Sockaddrs() {}

    /** The address at pointer, or null if it is not IPv4/IPv6 or too short. */
    static InetSocketAddress read(Memory memory, int pointer, int length) {
        int family = memory.readShort(pointer) & 0xffff;
        int port = Short.toUnsignedInt(Short.reverseBytes(memory.readShort(pointer + 2)));
        try {
            if (family == SocketSyscalls.AF_INET && length >= IN_SIZE) {
                return new InetSocketAddress(InetAddress.getByAddress(memory.readBytes(pointer + 4, 4)), port);
            }
            if (family == SocketSyscalls.AF_INET6 && length >= IN6_SIZE) {
                return new InetSocketAddress(InetAddress.getByAddress(memory.readBytes(pointer + 8, 16)), port);
            }
        } catch (UnknownHostException e) {
            return null; // wrong length: cannot happen with the sizes read above
        }
        return null;
    }

    /** Writes address at pointer (truncated to *lengthPointer bytes) and sets *lengthPointer to its size. */
    static void write(Memory memory, InetSocketAddress address, int pointer, int lengthPointer) {
        byte[] bytes = encode(address);
        int room = memory.readInt(lengthPointer);
        memory.write(pointer, bytes, 0, Math.min(room, bytes.length));
        memory.writeI32(lengthPointer, bytes.length);
    }

    static byte[] encode(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        boolean v6 = ip instanceof Inet6Address;
        byte[] out = new byte[v6 ? IN6_SIZE : IN_SIZE];
        int family = v6 ? SocketSyscalls.AF_INET6 : SocketSyscalls.AF_INET;
        out[0] = (byte) family;
        out[1] = (byte) (family >> 8);
        out[2] = (byte) (address.getPort() >> 8);
        out[3] = (byte) address.getPort();
        System.arraycopy(ip.getAddress(), 0, out, v6 ? 8 : 4, v6 ? 16 : 4);
        if (v6) {
            int scope = ((Inet6Address) ip).getScopeId();
            out[24] = (byte) scope;
            out[25] = (byte) (scope >> 8);
            out[26] = (byte) (scope >> 16);
            out[27] = (byte) (scope >> 24);
        }
        return out;
    }

    static int familyOf(InetAddress ip) {
        return ip instanceof Inet4Address ? SocketSyscalls.AF_INET : SocketSyscalls.AF_INET6;
    }
}
