package io.phasm.server.http;

import io.netty.buffer.ByteBufHolder;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.phasm.server.response.Answer;
import io.phasm.server.response.ErrorResponses;
import io.phasm.server.routing.Route;
import io.phasm.server.statics.StaticFiles;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * Answers a connection's requests one at a time, in order (pipelined requests wait their
 * turn): health check, then the route (static file, PHP, redirect, 403/404). Runs on the
 * connection's event loop; PHP requests complete later, from the pool.
 */
final class SiteHandler extends ChannelInboundHandlerAdapter {
    static final String HEALTH_PATH = "/.phasm/health";

    private final Site site;
    private final ConnectionTimeouts timeouts;
    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean answering;

    SiteHandler(Site site, ConnectionTimeouts timeouts) {
        this.site = site;
        this.timeouts = timeouts;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        site.state().opened(ctx.channel());
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        waiting.add(request);
        if (!answering) {
            answerNext(ctx);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        waiting.forEach(ReferenceCountUtil::release);
        waiting.clear();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Connection-level trouble (reset by peer and the like): nothing to answer, nothing to
        // log. Anything else is a fault of the server's own and must not vanish with the close.
        if (!(cause instanceof IOException)) {
            site.errors().server("connection from " + ctx.channel().remoteAddress() + " closed: " + cause);
        }
        ctx.close();
    }

    private void answerNext(ChannelHandlerContext ctx) {
        FullHttpRequest request = waiting.poll();
        if (request == null) {
            answering = false;
            timeouts.answered(ctx);
            return;
        }
        answering = true;
        timeouts.answering();
        site.state().answerStarted();
        boolean keepAlive = HttpUtil.isKeepAlive(request) && !site.state().draining() && request.decoderResult().isSuccess();
        CompletableFuture<Answer> answer;
        try {
            answer = answer(ctx, request, keepAlive);
        } catch (Exception e) {
            site.errors().server(request.method() + " " + request.uri() + ": " + e);
            answer = send(ctx, ErrorResponses.of(HttpResponseStatus.INTERNAL_SERVER_ERROR, "The server failed to answer.", false));
        }
        String requestLine = request.method() + " " + request.uri() + " " + request.protocolVersion();
        answer.whenComplete((done, error) -> ctx.executor().execute(() -> {
            site.state().answerEnded();
            request.release();
            Answer a = done != null ? done : new Answer(500, 0, false, error);
            if (a.serverFault() != null) {
                site.errors().server(requestLine + ": the response failed, closing the connection: " + a.serverFault());
            }
            site.accessLog().record((InetSocketAddress) ctx.channel().remoteAddress(), requestLine, a.status(), a.bytes());
            if (!a.intact() || !keepAlive) {
                ctx.close();
                return;
            }
            answerNext(ctx);
        }));
    }

    private CompletableFuture<Answer> answer(ChannelHandlerContext ctx, FullHttpRequest request, boolean keepAlive) throws Exception {
        if (request.decoderResult().isFailure()) {
            return send(ctx, malformed(request.decoderResult().cause()));
        }
        QueryStringDecoder uri;
        try {
            uri = new QueryStringDecoder(request.uri());
            uri.path(); // decodes: a bad %-escape fails here
        } catch (IllegalArgumentException e) {
            return send(ctx, ErrorResponses.of(HttpResponseStatus.BAD_REQUEST, "The URL is not valid: " + e.getMessage(), keepAlive));
        }
        if (uri.path().equals(HEALTH_PATH)) {
            return send(ctx, site.health().response(keepAlive));
        }
        if (site.state().draining()) {
            return send(ctx, ErrorResponses.of(HttpResponseStatus.SERVICE_UNAVAILABLE, "The server is shutting down.", false));
        }
        Route route = site.routes().route(uri.path());
        return switch (route) {
            case Route.PhpScript script -> site.php().run(ctx, request, script, keepAlive);
            case Route.StaticFile file -> {
                if (!request.method().equals(HttpMethod.GET) && !request.method().equals(HttpMethod.HEAD)) {
                    HttpResponse refused = ErrorResponses.of(HttpResponseStatus.METHOD_NOT_ALLOWED, "Static files answer GET and HEAD only.", keepAlive);
                    refused.headers().set("Allow", "GET, HEAD");
                    yield send(ctx, refused);
                }
                yield staticFile(ctx, request, file, keepAlive);
            }
            case Route.AddSlash slash -> send(ctx, ErrorResponses.redirect(
                    slash.path() + (uri.rawQuery().isEmpty() ? "" : "?" + uri.rawQuery()), keepAlive));
            case Route.Forbidden f -> send(ctx, ErrorResponses.of(HttpResponseStatus.FORBIDDEN, "This path is not served.", keepAlive));
            case Route.NotFound n -> send(ctx, ErrorResponses.of(HttpResponseStatus.NOT_FOUND, "Nothing here: " + uri.path(), keepAlive));
        };
    }

    private CompletableFuture<Answer> staticFile(ChannelHandlerContext ctx, FullHttpRequest request, Route.StaticFile file, boolean keepAlive)
            throws IOException {
        try {
            StaticFiles.Sent sent = site.statics().send(ctx, request, file.file(), keepAlive);
            return Answer.afterWrite(sent.done(), sent.status(), sent.bytes());
        } catch (NoSuchFileException e) {
            // Deleted since it was routed (routes are cached for a second).
            return send(ctx, ErrorResponses.of(HttpResponseStatus.NOT_FOUND, "Nothing here: " + request.uri(), keepAlive));
        }
    }

    private static HttpResponse malformed(Throwable cause) {
        HttpResponseStatus status = switch (cause) {
            case TooLongHttpLineException e -> HttpResponseStatus.REQUEST_URI_TOO_LONG;
            case TooLongHttpHeaderException e -> HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
            case TooLongFrameException e -> HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE;
            default -> HttpResponseStatus.BAD_REQUEST;
        };
        return ErrorResponses.of(status, "Malformed request: " + cause.getMessage(), false);
    }

    private static CompletableFuture<Answer> send(ChannelHandlerContext ctx, HttpResponse response) {
        long bytes = response instanceof ByteBufHolder holder ? holder.content().readableBytes() : 0;
        return Answer.afterWrite(ctx.writeAndFlush(response), response.status().code(), bytes);
    }
}
