package io.phasm.network.dns;

import io.netty.channel.EventLoop;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.resolver.HostsFileEntriesResolver;
import io.netty.resolver.ResolvedAddressTypes;
import io.netty.resolver.dns.DnsNameResolver;
import io.netty.resolver.dns.DnsNameResolverBuilder;
import io.netty.resolver.dns.DnsServerAddressStreamProvider;
import io.netty.resolver.dns.DnsServerAddressStreamProviders;
import io.netty.resolver.dns.SequentialDnsServerAddressStreamProvider;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Host names to addresses without blocking a thread: /etc/hosts first, then the name servers
 * of /etc/resolv.conf (or the ones given), through Netty's asynchronous DNS resolver.
 */
public final class Resolver implements AutoCloseable {
    private final DnsNameResolver dns;

    /** servers: name servers to ask instead of /etc/resolv.conf's (empty: the system's). */
    public Resolver(EventLoop loop, Class<? extends DatagramChannel> udp, Class<? extends SocketChannel> tcp,
                    List<InetSocketAddress> servers, Duration timeout) {
        DnsServerAddressStreamProvider provider = servers.isEmpty()
                ? DnsServerAddressStreamProviders.platformDefault()
                : new SequentialDnsServerAddressStreamProvider(servers.toArray(InetSocketAddress[]::new));
        this.dns = new DnsNameResolverBuilder(loop)
                .datagramChannelType(udp)
                .socketChannelType(tcp)
                .nameServerProvider(provider)
                .hostsFileEntriesResolver(HostsFileEntriesResolver.DEFAULT)
                .resolvedAddressTypes(ResolvedAddressTypes.IPV4_PREFERRED)
                .queryTimeoutMillis(timeout.toMillis())
                .build();
    }

    /**
     * All addresses of host (IPv4 first). Fails with UnknownHostException when the name does
     * not exist, and with another exception when no answer came (time-out, server failure).
     */
    public CompletableFuture<List<InetAddress>> resolve(String host) {
        CompletableFuture<List<InetAddress>> result = new CompletableFuture<>();
        dns.resolveAll(host).addListener(f -> {
            if (f.isSuccess()) {
                @SuppressWarnings("unchecked")
                List<InetAddress> addresses = (List<InetAddress>) f.getNow();
                result.complete(List.copyOf(addresses));
            } else {
                result.completeExceptionally(f.cause());
            }
        });
        return result;
    }

    /** Whether a resolution failure means "no such name" rather than "no answer". */
    public static boolean isNoSuchName(Throwable failure) {
        return failure instanceof UnknownHostException && !(failure.getCause() instanceof io.netty.resolver.dns.DnsNameResolverTimeoutException);
    }

    @Override
    public void close() {
        dns.close();
    }
}
