package io.phasm.server.php;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhpResponseTest {
    private static final String BODY = "streamed past the hold threshold. ".repeat(3000);

    private final MultiThreadIoEventLoopGroup loops = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    /**
     * PHP writes from its own thread, so its writes wait in the event loop's queue; when the
     * request's end is handled on the event loop before they ran (PHP finished before the loop
     * got to it), the last chunk must still go out after them, not overtake them.
     */
    @Test
    void aResponseFinishedOnTheEventLoopKeepsPhpsQueuedWritesInOrder() throws Exception {
        Channel server = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1024), new PhpOnAnotherThread());
                    }
                })
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
        int port = ((InetSocketAddress) server.localAddress()).getPort();

        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, r.statusCode());
        assertEquals("chunked", r.headers().firstValue("transfer-encoding").orElseThrow());
        assertEquals(BODY, r.body());
        assertEquals(List.of(), errors);
    }

    /** Like SiteHandler with a pool that already finished: PHP ran to its end before the loop goes on. */
    private final class PhpOnAnotherThread extends SimpleChannelInboundHandler<FullHttpRequest> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) throws Exception {
            PhpResponse response = new PhpResponse(ctx.channel(), Unpooled.EMPTY_BUFFER, false, true, Duration.ofSeconds(5), errors::add);
            Thread php = Thread.ofPlatform().start(() -> response.writeOutput(BODY.getBytes(StandardCharsets.UTF_8)));
            php.join();
            response.finish().addListener(ChannelFutureListener.CLOSE);
        }
    }
}
