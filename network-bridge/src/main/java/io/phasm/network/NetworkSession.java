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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One PHP process's use of the network: the names it resolved (a name rule of the policy
 * applies to the addresses that name resolved to here, nowhere else), its connections (all
 * closed with the session), and its limits (RequestLimits).
 */
public final class NetworkSession implements AutoCloseable {
    private final NetworkBridge bridge;
    private final Map<InetAddress, Set<String>> namesByAddress = new ConcurrentHashMap<>();
    private final Set<TcpConnection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong transferred = new AtomicLong();
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
        RequestLimits limits = bridge.limits();
        if (connections.incrementAndGet() > limits.maxConnections()) {
            String message = "connection to " + target.getAddress().getHostAddress() + ":" + target.getPort()
                    + " refused: the request's limit of " + limits.maxConnections() + " connections is reached";
            bridge.log(message);
            return CompletableFuture.failedFuture(new ConnectionDenied(message));
        }
        return TcpConnector.connect(bridge.bootstrap(timeout), target, this::spend).thenApply(connection -> {
            open.add(connection);
            connection.onClose(() -> open.remove(connection));
            if (closed) {
                connection.close(); // the process ended while connecting
            }
            return connection;
        });
    }

    /** Counts bytes against the request's limit; false (logged once) when it is passed. */
    private boolean spend(int bytes) {
        long before = transferred.getAndAdd(bytes);
        long limit = bridge.limits().maxBytes();
        if (before + bytes <= limit) {
            return true;
        }
        if (before <= limit) {
            bridge.log("the request's network limit of " + limit + " bytes is reached: its connections fail from here on");
        }
        return false;
    }

    /** Closes every connection the process still has (the request is over). */
    @Override
    public void close() {
        closed = true;
        open.forEach(TcpConnection::close);
        open.clear();
    }
}
