package io.phasm.network.policy;

import io.phasm.network.HostPort;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * One allow or deny rule: a destination (a CIDR block, an address, a host name or a "*."
 * wildcard name) and optionally a port, written "10.0.0.0/8", "db.internal:3306",
 * "*.wordpress.org", "[::1]:3306" or "127.0.0.1:3306". A name matches the connection only
 * if PHP resolved that name to the address it connects to.
 */
public record Rule(boolean allow, String text, Optional<AddressRange> range, Optional<String> hostPattern, int port) {
    public static final int ANY_PORT = -1;

    public static Rule allow(String text) {
        return parse(true, text);
    }

    public static Rule deny(String text) {
        return parse(false, text);
    }

    private static Rule parse(boolean allow, String text) {
        HostPort hostPort = HostPort.parse(text);
        String destination = hostPort.host();
        int port = hostPort.portOr(ANY_PORT);
        if (destination.isEmpty()) {
            throw new IllegalArgumentException("no destination in " + text);
        }
        if (destination.matches("[0-9.]+(/\\d+)?") || destination.contains(":")) {
            return new Rule(allow, text, Optional.of(AddressRange.parse(destination)), Optional.empty(), port);
        }
        if (!destination.matches("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")) {
            throw new IllegalArgumentException("not a host name, wildcard (*.example.com), address or CIDR block: " + text);
        }
        return new Rule(allow, text, Optional.empty(), Optional.of(destination.toLowerCase(Locale.ROOT)), port);
    }

    /** Whether the rule covers a connection to address:port, reached by resolving names. */
    boolean matches(InetAddress address, int port, Iterable<String> names) {
        if (this.port != ANY_PORT && this.port != port) {
            return false;
        }
        if (range.isPresent()) {
            return range.get().contains(address);
        }
        String pattern = hostPattern.orElseThrow();
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            if (pattern.startsWith("*.") ? n.endsWith(pattern.substring(1)) : n.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return (allow ? "allow " : "deny ") + text;
    }
}
