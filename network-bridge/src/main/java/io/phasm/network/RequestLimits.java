package io.phasm.network;

/**
 * What one PHP request may use of the network: connections opened (in total, not at once, so
 * a runaway loop stops) and bytes sent plus received. Past either, connecting or transferring
 * fails, the way a refused or reset connection does, and the server log says which limit.
 */
public record RequestLimits(int maxConnections, long maxBytes) {
    public static final RequestLimits DEFAULT = new RequestLimits(64, 1L << 30);
    /** For a command line, which is not a request: composer install opens hundreds of connections. */
    public static final RequestLimits NONE = new RequestLimits(Integer.MAX_VALUE, Long.MAX_VALUE);

    public RequestLimits {
        if (maxConnections < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxConnections + " connections, " + maxBytes + " bytes");
        }
    }
}
