package io.phasm.network.tcp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/** Opens TcpConnections: the connection's feed is in the pipeline before the first byte can arrive. */
public final class TcpConnector {
    private TcpConnector() {}

    /**
     * Completes with the connection, or with what connecting failed with. Every byte sent or
     * received is first spent from budget; when it refuses, the connection fails.
     */
    public static CompletableFuture<TcpConnection> connect(Bootstrap bootstrap, InetSocketAddress target, TcpConnection.Budget budget) {
        TcpConnection connection = new TcpConnection(budget);
        CompletableFuture<TcpConnection> result = new CompletableFuture<>();
        ChannelFuture connecting = bootstrap.handler(connection.feed()).connect(target);
        connecting.addListener(f -> {
            if (f.isSuccess()) {
                connection.connected(connecting.channel());
                result.complete(connection);
            } else {
                result.completeExceptionally(f.cause());
            }
        });
        return result;
    }
}
