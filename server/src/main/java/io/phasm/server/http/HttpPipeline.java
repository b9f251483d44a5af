package io.phasm.server.http;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.phasm.config.ServerConfig;
import io.phasm.server.log.AccessLog;
import io.phasm.server.log.ErrorLog;
import io.phasm.server.php.PhpRequests;
import io.phasm.server.routing.RouteCache;
import io.phasm.server.routing.SiteRouter;
import io.phasm.server.statics.StaticFiles;
import io.phasm.wasm.web.InstancePool;

/**
 * One connection's pipeline, in order: the connection clocks (raw bytes), HTTP/1.1 codec,
 * body aggregation up to the size limit (it also answers Expect: 100-continue, and 413 for
 * bodies over the limit), compression, chunked file writes, and the site handler.
 */
public final class HttpPipeline extends ChannelInitializer<SocketChannel> {
    private static final int MAX_REQUEST_LINE = 8192;
    static final String AGGREGATOR = "aggregator";

    private final ServerConfig config;
    private final Site site;

    public HttpPipeline(ServerConfig config, SiteRouter router, PhpRequests php, InstancePool pool,
                        AccessLog accessLog, ErrorLog errors, ServerState state) {
        this.config = config;
        this.site = new Site(new RouteCache(router), new StaticFiles(config.gzip()), php, new Health(pool, state), accessLog, errors, state);
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ChannelPipeline p = channel.pipeline();
        ConnectionTimeouts timeouts = new ConnectionTimeouts(config.idleTimeout(), config.requestTimeout());
        p.addLast("timeouts", timeouts);
        p.addLast("codec", new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(MAX_REQUEST_LINE)
                .setMaxHeaderSize((int) Math.min(Integer.MAX_VALUE, config.maxHeaderSize().bytes()))));
        p.addLast(AGGREGATOR, new HttpObjectAggregator((int) Math.min(Integer.MAX_VALUE, config.maxBodySize().bytes()), true));
        if (config.gzip()) {
            p.addLast("compressor", new ResponseCompressor());
        }
        p.addLast("chunked", new ChunkedWriteHandler());
        p.addLast("site", new SiteHandler(site, timeouts));
    }
}
