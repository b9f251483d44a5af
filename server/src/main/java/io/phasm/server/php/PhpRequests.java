package io.phasm.server.php;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.phasm.server.log.ErrorLog;
import io.phasm.server.response.Answer;
import io.phasm.server.response.ErrorResponses;
import io.phasm.server.routing.Route;
import io.phasm.wasm.web.InstancePool;
import io.phasm.wasm.web.Outcome;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Runs a request's PHP script on the instance pool and turns the outcome into the response:
 * PHP's own, or 503 (no instance free in time), 504 (time limit), 500 (PHP crashed).
 */
public final class PhpRequests {
    private final InstancePool pool;
    private final Duration slowClientTimeout;
    private final ErrorLog errors;

    public PhpRequests(InstancePool pool, Duration slowClientTimeout, ErrorLog errors) {
        this.pool = pool;
        this.slowClientTimeout = slowClientTimeout;
        this.errors = errors;
    }

    /** Completes (on any thread) once the response is written or the connection given up. */
    public CompletableFuture<Answer> run(ChannelHandlerContext ctx, FullHttpRequest request, Route.PhpScript script, boolean keepAlive) {
        String where = request.method() + " " + request.uri();
        PhpResponse response = new PhpResponse(ctx.channel(), request.content(), request.method().equals(HttpMethod.HEAD), keepAlive,
                slowClientTimeout, message -> errors.php(where, message));
        var params = CgiParams.of(request, script, request.content().readableBytes(),
                (InetSocketAddress) ctx.channel().remoteAddress(), (InetSocketAddress) ctx.channel().localAddress());
        return pool.serve(params, response).thenCompose(outcome -> {
            return switch (outcome) {
                case Outcome.Finished finished -> Answer.afterWrite(response.finish(), response.status(), response.bodyBytes());
                case Outcome.Rejected rejected -> {
                    HttpResponse busy = ErrorResponses.of(HttpResponseStatus.SERVICE_UNAVAILABLE, "All PHP instances are busy; try again shortly.", keepAlive);
                    busy.headers().set("Retry-After", Math.max(1, rejected.retryAfter().toSeconds()));
                    yield abandoned(response, busy, keepAlive);
                }
                case Outcome.TimedOut timedOut -> {
                    errors.php(where, "stopped: ran longer than the time limit of " + seconds(timedOut.limit()));
                    yield abandoned(response, ErrorResponses.of(HttpResponseStatus.GATEWAY_TIMEOUT,
                            "The PHP script ran longer than " + seconds(timedOut.limit()) + " and was stopped.", keepAlive), keepAlive);
                }
                case Outcome.Failed failed -> {
                    errors.php(where, failed.failure().getMessage());
                    yield abandoned(response, ErrorResponses.of(HttpResponseStatus.INTERNAL_SERVER_ERROR,
                            "The PHP script failed; the error is in the server log.", keepAlive), keepAlive);
                }
            };
        });
    }

    private static CompletableFuture<Answer> abandoned(PhpResponse response, HttpResponse error, boolean keepAlive) {
        boolean started = response.started();
        ChannelFuture done = response.abandon(error);
        return Answer.afterWrite(done, started ? response.status() : error.status().code(), started ? response.bodyBytes() : 0)
                .thenApply(r -> started ? new Answer(r.status(), r.bytes(), false, r.serverFault()) : r);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
