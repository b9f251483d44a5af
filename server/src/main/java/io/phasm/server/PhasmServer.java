package io.phasm.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.phasm.config.AccessLogTarget;
import io.phasm.config.PhasmConfig;
import io.phasm.network.NetworkBridge;
import io.phasm.server.http.HttpPipeline;
import io.phasm.server.http.ServerState;
import io.phasm.server.log.AccessLog;
import io.phasm.server.log.ErrorLog;
import io.phasm.server.php.PhpRequests;
import io.phasm.server.routing.SiteRouter;
import io.phasm.wasm.web.InstancePool;
import io.phasm.wasm.web.PhpSite;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A running Phasm: PHP started for the site, the instance pool, and Netty listening. Closing
 * it shuts down gracefully: no new connections, in-flight requests finish (up to the
 * configured shutdown timeout), then everything stops.
 */
public final class PhasmServer implements AutoCloseable {
    private final PhasmConfig config;
    private final ErrorLog errors;
    private final AccessLog accessLog;
    private final InstancePool pool;
    private final NetworkBridge network;
    private final ServerState state = new ServerState();
    private final EventLoopGroup acceptors;
    private final EventLoopGroup workers;
    private final Channel listener;

    private PhasmServer(PhasmConfig config, PrintStream errorStream) throws IOException, InterruptedException {
        this.config = config;
        this.errors = new ErrorLog(errorStream);
        Files.createDirectories(config.php().sessionDir());
        this.network = PhpSetup.network(config.network(), message -> errors.server("network: " + message));
        PhpSite site = new PhpSite(PhpSetup.site(config, errorStream, network));
        PhpSetup.heapWarning(config, site.snapshot().memoryBytes(), Runtime.getRuntime().maxMemory()).ifPresent(errors::server);
        this.pool = new InstancePool(site, PhpSetup.pool(config));
        this.accessLog = switch (config.log().access()) {
            case AccessLogTarget.Stdout s -> AccessLog.toStdout();
            case AccessLogTarget.Off o -> AccessLog.off();
            case AccessLogTarget.File f -> AccessLog.toFile(f.path());
        };
        SiteRouter router = new SiteRouter(config.site().docroot(), config.site().index(), Optional.ofNullable(config.site().frontController()));
        PhpRequests php = new PhpRequests(pool, config.server().requestTimeout(), errors);

        boolean epoll = Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        this.acceptors = new MultiThreadIoEventLoopGroup(1, io);
        this.workers = new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(), io);
        this.listener = new ServerBootstrap()
                .group(acceptors, workers)
                .channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new HttpPipeline(config.server(), router, php, pool, accessLog, errors, state))
                .bind(config.server().host(), config.server().port())
                .sync().channel();
    }

    /** Starts PHP (a second or so) and binds the listening socket. */
    public static PhasmServer start(PhasmConfig config, PrintStream errorStream) throws IOException, InterruptedException {
        return new PhasmServer(config, errorStream);
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) listener.localAddress();
    }

    @Override
    public void close() throws InterruptedException {
        listener.close().sync();
        if (!state.drain(config.server().shutdownTimeout().toMillis())) {
            errors.server("shutdown: requests still running after " + config.server().shutdownTimeout().toSeconds() + " s were cut off");
        }
        state.closeConnections();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).sync();
        acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).sync();
        pool.close();
        network.close();
        accessLog.close();
    }
}
