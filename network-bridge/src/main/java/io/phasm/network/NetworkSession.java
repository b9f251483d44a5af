package io.phasm.network;

import io.phasm.network.policy.NetworkPolicy;
import io.phasm.network.tcp.ConnectionDenied;
import io.phasm.network.tcp.TcpConnection;
import io.phasm.network.tcp.TcpConnector;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One PHP process's use of the network: the names it resolved (a name rule of the policy
 * applies to the addresses that name resolved to here, nowhere else), its connections (all
 * closed with the session), and its limit on connections.
 */
public final class NetworkSession implements AutoCloseable {
    /** More simultaneous connections than any PHP request needs; a runaway loop stops here. */
    static final int MAX_CONNECTIONS = 256;

    private final NetworkBridge bridge;
    private final Map<InetAddress, Set<String>> namesByAddress = new ConcurrentHashMap<>();
    private final Set<TcpConnection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    NetworkSession(NetworkBridge bridge) {
        this.bridge = bridge;
    }

    /** Addresses of host (IPv4 first); see Resolver.resolve for failures. */
    public CompletableFuture<List<InetAddress>> resolve(String host) {
        return bridge.resolver().resolve(host).thenApply(addresses -> {
            for (InetAddress address : addresses) {
                namesByAddress.computeIfAbsent(address, a -> ConcurrentHashMap.newKeySet()).add(host);
            }
            return addresses;
        });
    }

    /**
     * Connects to target if the policy allows it. Fails with ConnectionDenied (logged with the
     * rule), or with what connecting failed with (refused, timed out, unreachable).
     */
    public CompletableFuture<TcpConnection> connect(InetSocketAddress target, Duration timeout) {
        if (closed) {
            return CompletableFuture.failedFuture(new ConnectionDenied("the PHP process has ended"));
        }
        Set<String> names = namesByAddress.getOrDefault(target.getAddress(), new HashSet<>());
        NetworkPolicy.Decision decision = bridge.policy().check(target.getAddress(), target.getPort(), names);
        if (!decision.allowed()) {
            String message = "connection to " + target.getAddress().getHostAddress() + ":" + target.getPort()
                    + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")") + " denied by network policy rule '" + decision.rule() + "'";
            bridge.log(message);
            return CompletableFuture.failedFuture(new ConnectionDenied(message));
        }
        if (open.size() >= MAX_CONNECTIONS) {
            return CompletableFuture.failedFuture(new ConnectionDenied("more than " + MAX_CONNECTIONS + " open connections"));
        }
        return TcpConnector.connect(bridge.bootstrap(timeout), target).thenApply(connection -> {
            open.add(connection);
            connection.onClose(() -> open.remove(connection));
            if (closed) {
                connection.close(); // the process ended while connecting
            }
            return connection;
        });
    }

    /** Closes every connection the process still has (the request is over). */
    @Override
    public void close() {
        closed = true;
        open.forEach(TcpConnection::close);
        open.clear();
    }
}
