package io.phasm.server.php;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.phasm.wasm.imports.RequestIo;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The HTTP response of one PHP request, as PHP produces it (called on a PHP thread).
 *
 * Output is held until PHP flushes or it passes STREAM_THRESHOLD; a response that ends before
 * then goes out whole with a Content-Length, otherwise headers go first and the body follows as
 * chunks while PHP runs. When the client cannot keep up, PHP waits (up to the slow-client
 * timeout) rather than the server buffering without bound. Once the response is finished or
 * abandoned, late calls from a stopped instance are ignored.
 */
final class PhpResponse implements RequestIo {
    private static final int STREAM_THRESHOLD = 64 * 1024;
    private static final long WRITABLE_POLL_MILLIS = 5;
    /** Headers the server sets itself from how it sends the body. */
    private static final List<String> FRAMING_HEADERS = List.of("content-length", "transfer-encoding", "connection");

    private final Channel channel;
    private final ByteBuf requestBody;
    private final boolean head;
    private final boolean keepAlive;
    private final Duration slowClientTimeout;
    private final Consumer<String> errorLog;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private int status = 200;
    /** The headers PHP set (header(), setcookie() ...), parsed from its "Name: value" lines. */
    private HttpHeaders phpHeaders = new DefaultHttpHeaders();
    private boolean streaming;
    private boolean closed;
    private long bodyBytes;

    PhpResponse(Channel channel, ByteBuf requestBody, boolean head, boolean keepAlive, Duration slowClientTimeout, Consumer<String> errorLog) {
        this.channel = channel;
        this.requestBody = requestBody;
        this.head = head;
        this.keepAlive = keepAlive;
        this.slowClientTimeout = slowClientTimeout;
        this.errorLog = errorLog;
    }

    @Override
    public synchronized int writeOutput(byte[] bytes) {
        if (closed || !channel.isActive()) {
            return 0; // PHP treats this as the client having gone away (connection_aborted())
        }
        bodyBytes += bytes.length;
        if (head) {
            return bytes.length;
        }
        if (!streaming) {
            held.writeBytes(bytes);
            if (held.size() >= STREAM_THRESHOLD) {
                startStreaming();
            }
            return bytes.length;
        }
        if (!awaitWritable()) {
            return 0;
        }
        channel.writeAndFlush(new DefaultHttpContent(Unpooled.wrappedBuffer(bytes)));
        return bytes.length;
    }

    @Override
    public synchronized void flush() {
        if (closed || head) {
            return;
        }
        if (!streaming) {
            startStreaming();
        }
        channel.flush();
    }

    @Override
    public synchronized void sendHeaders(int status, List<String> headerLines) {
        this.status = status;
        HttpHeaders parsed = new DefaultHttpHeaders();
        for (String line : headerLines) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                parsed.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        this.phpHeaders = parsed;
    }

    @Override
    public synchronized byte[] readBody(int max) {
        if (closed) {
            return new byte[0];
        }
        byte[] chunk = new byte[Math.min(max, requestBody.readableBytes())];
        requestBody.readBytes(chunk);
        return chunk;
    }

    @Override
    public void log(String message, int syslogLevel) {
        errorLog.accept(message);
    }

    /** PHP ended the request: sends what is left. Returns the last write, null if already closed. */
    synchronized ChannelFuture finish() {
        if (closed) {
            return null;
        }
        closed = true;
        if (streaming) {
            return afterPhpsWrites(promise -> channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT, promise));
        }
        DefaultFullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(held.toByteArray()));
        copyHeaders(response.headers());
        if (head) {
            // PHP writes no body for HEAD, so the length is unknown unless the script set it.
            String length = phpHeaders.get(HttpHeaderNames.CONTENT_LENGTH);
            if (length != null) {
                response.headers().set(HttpHeaderNames.CONTENT_LENGTH, length);
            }
        } else {
            response.headers().set(HttpHeaderNames.CONTENT_LENGTH, bodyBytes);
        }
        return afterPhpsWrites(promise -> channel.writeAndFlush(response, promise));
    }

    /**
     * The request could not complete (crash, time limit). Before any byte was sent the client
     * gets the given error; after, the response is cut off by closing the connection, so the
     * client cannot take a truncated page for a whole one. Returns the last write, or null.
     */
    synchronized ChannelFuture abandon(HttpResponse error) {
        if (closed) {
            return null;
        }
        closed = true;
        if (streaming) {
            return afterPhpsWrites(channel::close);
        }
        return afterPhpsWrites(promise -> channel.writeAndFlush(error, promise));
    }

    synchronized int status() {
        return status;
    }

    synchronized long bodyBytes() {
        return bodyBytes;
    }

    synchronized boolean started() {
        return streaming;
    }

    /**
     * Runs a channel operation after every write PHP made before it. PHP writes from its own
     * thread, so Netty queues those writes as tasks of the channel's event loop; finish and
     * abandon may be called on that event loop (when PHP ended before the loop got to the
     * request's completion), where the operation would run at once and overtake them: the last
     * chunk before the headers, which the compressor refuses and the client sees cut off.
     */
    private ChannelFuture afterPhpsWrites(Consumer<ChannelPromise> operation) {
        ChannelPromise promise = channel.newPromise();
        if (channel.eventLoop().inEventLoop()) {
            channel.eventLoop().execute(() -> operation.accept(promise));
        } else {
            operation.accept(promise);
        }
        return promise;
    }

    private void startStreaming() {
        streaming = true;
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status));
        copyHeaders(response.headers());
        response.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        channel.write(response);
        if (held.size() > 0) {
            channel.write(new DefaultHttpContent(Unpooled.wrappedBuffer(held.toByteArray())));
            held.reset();
        }
        channel.flush();
    }

    private void copyHeaders(HttpHeaders headers) {
        phpHeaders.forEach(header -> {
            if (!FRAMING_HEADERS.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.add(header.getKey(), header.getValue());
            }
        });
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
    }

    /**
     * Waits (holding PHP, not the event loop) until the client takes more; false if it never
     * does. Polls: it only happens with a slow client, and then a few milliseconds do not matter.
     */
    private boolean awaitWritable() {
        long deadline = System.nanoTime() + slowClientTimeout.toNanos();
        try {
            while (!channel.isWritable() && channel.isActive()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    errorLog.accept("client stopped reading the response for " + slowClientTimeout.toSeconds() + " s: closing the connection");
                    channel.close();
                    return false;
                }
                Thread.sleep(Math.min(WRITABLE_POLL_MILLIS, Math.max(1, left / 1_000_000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the request's time limit: let PHP stop
            return false;
        }
        return channel.isActive();
    }
}
