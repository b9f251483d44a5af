package io.phasm.server.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.concurrent.ScheduledFuture;
import io.phasm.server.response.ErrorResponses;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The two clocks of a connection, first in the pipeline so it sees raw bytes: between requests
 * it may stay silent for idleTimeout (then it is closed); once the first byte of a request
 * arrives, the whole request must arrive within requestTimeout (else 408 and close), which
 * stops slow-loris clients from holding connections and buffers. While a request is being
 * answered neither clock runs: PHP's own time limit covers that.
 */
final class ConnectionTimeouts extends ChannelDuplexHandler {
    private enum State { IDLE, RECEIVING, ANSWERING }

    private final Duration idleTimeout;
    private final Duration requestTimeout;
    private State state = State.IDLE;
    private ScheduledFuture<?> timer;

    ConnectionTimeouts(Duration idleTimeout, Duration requestTimeout) {
        this.idleTimeout = idleTimeout;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        arm(ctx, State.IDLE);
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (state == State.IDLE) {
            arm(ctx, State.RECEIVING);
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancel();
        super.channelInactive(ctx);
    }

    /** A whole request arrived and is being answered (called on the event loop). */
    void answering() {
        cancel();
        state = State.ANSWERING;
    }

    /** The answer went out; the connection waits for the next request. */
    void answered(ChannelHandlerContext ctx) {
        arm(ctx, State.IDLE);
    }

    private void arm(ChannelHandlerContext ctx, State next) {
        cancel();
        state = next;
        Duration limit = next == State.IDLE ? idleTimeout : requestTimeout;
        timer = ctx.executor().schedule(() -> expire(ctx, next), limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void expire(ChannelHandlerContext ctx, State expected) {
        if (state != expected || !ctx.channel().isActive()) {
            return;
        }
        if (expected == State.RECEIVING) {
            // Written from the aggregator's place: through the HTTP encoder, but not through the
            // compressor, which has not seen this (unfinished) request and would refuse the answer.
            ctx.pipeline().context(HttpPipeline.AGGREGATOR).writeAndFlush(ErrorResponses.of(HttpResponseStatus.REQUEST_TIMEOUT,
                    "The request did not arrive within " + requestTimeout.toSeconds() + " s.", false))
                    .addListener(f -> ctx.close());
        } else {
            ctx.close();
        }
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
