package io.phasm.network;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.phasm.network.dns.Resolver;
import io.phasm.network.policy.NetworkPolicy;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * PHP's way out: one per server (or php command), shared by all PHP processes. It owns the
 * event loop the connections and DNS queries run on, the resolver and the sandbox policy;
 * each PHP process talks to it through a NetworkSession of its own.
 */
public final class NetworkBridge implements AutoCloseable {
    private static final Duration DNS_TIMEOUT = Duration.ofSeconds(5);

    private final EventLoopGroup loop;
    private final Class<? extends SocketChannel> tcp;
    private final Resolver resolver;
    private final NetworkPolicy policy;
    private final RequestLimits limits;
    private final Consumer<String> log;

    /** dnsServers: name servers to use instead of /etc/resolv.conf's (empty: the system's). */
    public NetworkBridge(NetworkPolicy policy, List<InetSocketAddress> dnsServers, Consumer<String> log) {
        this(policy, dnsServers, RequestLimits.DEFAULT, log);
    }

    public NetworkBridge(NetworkPolicy policy, List<InetSocketAddress> dnsServers, RequestLimits limits, Consumer<String> log) {
        // NIO rather than epoll: epoll reports a peer's reset as a plain end of stream (RDHUP),
        // while PHP must see ECONNRESET, as on Linux; NIO's read fails with the reset.
        IoHandlerFactory io = NioIoHandler.newFactory();
        this.loop = new MultiThreadIoEventLoopGroup(1, task -> {
            Thread t = new Thread(task, "phasm-network");
            t.setDaemon(true);
            return t;
        }, io);
        this.tcp = NioSocketChannel.class;
        Class<? extends DatagramChannel> udp = NioDatagramChannel.class;
        this.resolver = new Resolver(loop.next(), udp, tcp, dnsServers, DNS_TIMEOUT);
        this.policy = policy;
        this.limits = limits;
        this.log = log;
    }

    /** The network as one PHP process sees it; close it when the process ends. */
    public NetworkSession session() {
        return new NetworkSession(this);
    }

    Resolver resolver() {
        return resolver;
    }

    RequestLimits limits() {
        return limits;
    }

    NetworkPolicy policy() {
        return policy;
    }

    void log(String message) {
        log.accept(message);
    }

    Bootstrap bootstrap(Duration connectTimeout) {
        return new Bootstrap().group(loop).channel(tcp)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
    }

    @Override
    public void close() {
        resolver.close();
        loop.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS);
    }
}
