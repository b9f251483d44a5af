package io.phasm.network;

/**
 * A destination as written in configuration: "host", "host:port", "[v6 address]" or
 * "[v6 address]:port". A bare IPv6 address (several colons, no brackets) has no port.
 *
 * @param port the port, or NO_PORT
 */
public record HostPort(String host, int port) {
    public static final int NO_PORT = -1;

    /** Throws IllegalArgumentException, naming text, for an unclosed bracket or a bad port. */
    public static HostPort parse(String text) {
        String s = text.trim();
        int colon = s.lastIndexOf(':');
        boolean bracketed = s.startsWith("[");
        if (!bracketed && (colon <= 0 || s.indexOf(':') != colon)) {
            return new HostPort(s, NO_PORT);
        }
        int close = bracketed ? s.indexOf(']') : -1;
        if (bracketed && close < 0) {
            throw new IllegalArgumentException("unclosed [ in " + text);
        }
        String host = bracketed ? s.substring(1, close) : s.substring(0, colon);
        String rest = bracketed ? s.substring(close + 1) : s.substring(colon);
        if (rest.isEmpty()) {
            return new HostPort(host, NO_PORT);
        }
        if (!rest.startsWith(":")) {
            throw new IllegalArgumentException("expected :PORT after ] in " + text);
        }
        int port;
        try {
            port = Integer.parseInt(rest.substring(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number in " + text, e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range in " + text);
        }
        return new HostPort(host, port);
    }

    public int portOr(int fallback) {
        return port == NO_PORT ? fallback : port;
    }
}
