package io.phasm.network.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;

/**
 * One outbound TCP connection on a Netty channel, used like a non-blocking socket: reads and
 * writes never wait; whenReadable/whenWritable say when trying again makes sense. Received
 * bytes are buffered up to a bound, then reading from the peer pauses until PHP catches up.
 * Thread-safe: PHP threads call in, the event loop feeds it.
 */
public final class TcpConnection {
    private static final int PAUSE_ABOVE = 256 * 1024;
    private static final int RESUME_BELOW = 64 * 1024;

    private Channel channel;
    private final ArrayDeque<ByteBuf> received = new ArrayDeque<>();
    private int buffered;
    private boolean endOfStream;
    private IOException failure;
    private CompletableFuture<Void> readableWaiter;
    private CompletableFuture<Void> writableWaiter;

    /** Where the bytes a connection moves are counted (the request's limit). */
    @FunctionalInterface
    public interface Budget {
        /** Spends bytes; false if the limit is passed. */
        boolean spend(int bytes);
    }

    private final Budget budget;

    /** Created before connecting: the feed must be in the pipeline when the first bytes arrive. */
    TcpConnection(Budget budget) {
        this.budget = budget;
    }

    /** The handler that feeds this connection; goes into the channel's pipeline before connecting. */
    ChannelInboundHandlerAdapter feed() {
        return new Feed();
    }

    synchronized void connected(Channel channel) {
        this.channel = channel;
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    public InetSocketAddress remoteAddress() {
        return (InetSocketAddress) channel.remoteAddress();
    }

    /**
     * Copies received bytes: returns how many (> 0), 0 at the end of the stream, -1 when
     * nothing has arrived yet. Throws the connection's failure (reset) if it failed.
     */
    public synchronized int read(byte[] into, int offset, int length, boolean peek) throws IOException {
        if (buffered == 0) {
            if (failure != null) {
                throw failure;
            }
            return endOfStream ? 0 : -1;
        }
        int copied = 0;
        for (ByteBuf chunk : received) {
            if (copied == length) {
                break;
            }
            int n = Math.min(length - copied, chunk.readableBytes());
            chunk.getBytes(chunk.readerIndex(), into, offset + copied, n);
            copied += n;
        }
        if (!peek) {
            consume(copied);
            if (!budget.spend(copied)) {
                // What arrived is delivered; the connection goes no further.
                failure = new IOException("network limit of the request reached");
                channel.close();
            }
        }
        return copied;
    }

    private void consume(int count) {
        int left = count;
        while (left > 0) {
            ByteBuf chunk = received.peek();
            int n = Math.min(left, chunk.readableBytes());
            chunk.skipBytes(n);
            if (!chunk.isReadable()) {
                received.poll().release();
            }
            left -= n;
        }
        buffered -= count;
        if (buffered < RESUME_BELOW && !channel.config().isAutoRead() && channel.isActive()) {
            channel.config().setAutoRead(true);
        }
    }

    /**
     * Queues bytes for sending: returns how many were taken (all of them), or -1 when the
     * send buffer is full. Throws if the connection failed or was closed.
     */
    public int write(byte[] bytes, int offset, int length) throws IOException {
        synchronized (this) {
            if (failure != null) {
                throw failure;
            }
        }
        if (!channel.isActive()) {
            throw new ClosedChannelException();
        }
        if (!channel.isWritable()) {
            return -1;
        }
        if (!budget.spend(length)) {
            IOException over = new IOException("network limit of the request reached");
            fail(over);
            channel.close();
            throw over;
        }
        channel.writeAndFlush(Unpooled.copiedBuffer(bytes, offset, length)).addListener(f -> {
            if (!f.isSuccess()) {
                fail(f.cause() instanceof IOException io ? io : new IOException(f.cause()));
            }
        });
        return length;
    }

    public synchronized boolean canRead() {
        return buffered > 0 || endOfStream || failure != null;
    }

    public synchronized boolean canWrite() {
        return failure == null && channel.isActive() && channel.isWritable();
    }

    public synchronized boolean failed() {
        return failure != null;
    }

    /** The peer closed its side and everything it sent has been read. */
    public synchronized boolean hungUp() {
        return endOfStream && buffered == 0;
    }

    /** Completes when reading would not return -1 (data, end of stream or failure). */
    public synchronized CompletableFuture<Void> whenReadable() {
        if (canRead()) {
            return CompletableFuture.completedFuture(null);
        }
        if (readableWaiter == null) {
            readableWaiter = new CompletableFuture<>();
        }
        return readableWaiter;
    }

    /** Completes when writing would not return -1. */
    public synchronized CompletableFuture<Void> whenWritable() {
        if (writeSettled()) {
            return CompletableFuture.completedFuture(null);
        }
        if (writableWaiter == null) {
            writableWaiter = new CompletableFuture<>();
        }
        return writableWaiter;
    }

    /** Writing would not return -1: there is room, or it would fail at once. */
    private synchronized boolean writeSettled() {
        return canWrite() || failure != null || !channel.isActive();
    }

    /** Runs action once the connection is closed, by either side. */
    public void onClose(Runnable action) {
        channel.closeFuture().addListener(f -> action.run());
    }

    public void close() {
        channel.close();
        synchronized (this) {
            received.forEach(ByteBuf::release);
            received.clear();
            buffered = 0;
        }
    }

    private void fail(IOException cause) {
        synchronized (this) {
            if (failure == null) {
                failure = cause;
            }
        }
        signal();
    }

    /** Wakes whoever waits: completing outside the lock, as the waiters' continuations run here. */
    private void signal() {
        CompletableFuture<Void> readable, writable;
        synchronized (this) {
            readable = canRead() ? readableWaiter : null;
            if (readable != null) {
                readableWaiter = null;
            }
            writable = writeSettled() ? writableWaiter : null;
            if (writable != null) {
                writableWaiter = null;
            }
        }
        if (readable != null) {
            readable.complete(null);
        }
        if (writable != null) {
            writable.complete(null);
        }
    }

    /** The channel's inbound end: buffers what arrives and notes the end or failure. */
    private final class Feed extends ChannelInboundHandlerAdapter {
        /** The channel is known from here on: a server that speaks first (MySQL) may send before connect() returns. */
        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            synchronized (TcpConnection.this) {
                channel = ctx.channel();
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf data = (ByteBuf) msg;
            synchronized (TcpConnection.this) {
                received.add(data);
                buffered += data.readableBytes();
                if (buffered > PAUSE_ABOVE) {
                    ctx.channel().config().setAutoRead(false);
                }
            }
            signal();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            synchronized (TcpConnection.this) {
                endOfStream = true;
            }
            signal();
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            signal();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            fail(cause instanceof IOException io ? io : new IOException(cause));
            ctx.close();
        }
    }
}
