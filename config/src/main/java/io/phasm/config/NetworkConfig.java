package io.phasm.config;

import java.util.List;

/**
 * Where PHP may connect (the sandbox policy) and how it resolves names.
 *
 * @param allow destinations opened beyond the public internet, such as "127.0.0.1:3306",
 *     "db.internal:3306" or "10.0.0.0/8"; loopback, private and link-local ranges (with the
 *     cloud metadata address) are closed unless listed here
 * @param deny destinations closed even if public, such as "*.tracker.example"; checked first
 * @param dnsServers name servers as "address" or "address:port"; empty: /etc/resolv.conf's
 * @param maxConnectionsPerRequest connections one request may open in all
 * @param maxBytesPerRequest bytes one request may send and receive in all
 */
public record NetworkConfig(List<String> allow, List<String> deny, List<String> dnsServers,
                            int maxConnectionsPerRequest, DataSize maxBytesPerRequest) {
    public NetworkConfig {
        allow = List.copyOf(allow);
        deny = List.copyOf(deny);
        dnsServers = List.copyOf(dnsServers);
    }
}
