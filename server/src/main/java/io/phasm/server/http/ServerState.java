package io.phasm.server.http;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What graceful shutdown needs to know across connections: the open connections, how many
 * requests are being answered, and whether the server is draining (answering what it has,
 * accepting no more).
 */
public final class ServerState {
    private final ChannelGroup connections = new DefaultChannelGroup("phasm-connections", GlobalEventExecutor.INSTANCE);
    private final AtomicInteger answering = new AtomicInteger();
    private final long startedNanos = System.nanoTime();
    private volatile boolean draining;

    void opened(Channel channel) {
        connections.add(channel);
    }

    void answerStarted() {
        answering.incrementAndGet();
    }

    void answerEnded() {
        synchronized (answering) {
            answering.decrementAndGet();
            answering.notifyAll();
        }
    }

    boolean draining() {
        return draining;
    }

    long uptimeSeconds() {
        return (System.nanoTime() - startedNanos) / 1_000_000_000L;
    }

    /** Stops taking requests, closes idle connections, and waits for the requests in flight. */
    public boolean drain(long timeoutMillis) throws InterruptedException {
        draining = true;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (answering) {
            while (answering.get() > 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                answering.wait(left);
            }
        }
        return true;
    }

    /** Closes every connection (after drain, or when it timed out). */
    public void closeConnections() {
        connections.close().awaitUninterruptibly();
    }
}
