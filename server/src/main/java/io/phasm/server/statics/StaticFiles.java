package io.phasm.server.statics;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.DateFormatter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.stream.ChunkedNioFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Date;
import java.util.Optional;

/**
 * Sends a file: conditional requests (ETag, Last-Modified, 304), single byte ranges (206, 416),
 * HEAD. The bytes go by zero-copy file region unless the response will be compressed, which
 * needs them to pass through the pipeline as chunks.
 */
public final class StaticFiles {
    private final boolean compression;

    /** compression: whether the pipeline compresses responses (see ResponseCompressor). */
    public StaticFiles(boolean compression) {
        this.compression = compression;
    }

    /** Answers the request with the file; returns the write of the last part and the body size sent. */
    public Sent send(ChannelHandlerContext ctx, HttpRequest request, Path file, boolean keepAlive) throws IOException {
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis() / 1000 * 1000;
        String etag = "W/\"" + Long.toHexString(size) + "-" + Long.toHexString(modified) + "\"";
        String contentType = ContentTypes.of(file.getFileName().toString());
        HttpHeaders in = request.headers();

        if (notModified(in, etag, modified)) {
            HttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_MODIFIED);
            validators(response, etag, modified);
            return new Sent(ctx.writeAndFlush(response), 304, 0);
        }
        Optional<ByteRange> range = ifRangeMatches(in, etag, modified) ? ByteRange.parse(in.get(HttpHeaderNames.RANGE), size) : Optional.empty();
        if (range.isPresent() && range.get().unsatisfiable()) {
            HttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.REQUESTED_RANGE_NOT_SATISFIABLE);
            response.headers().set(HttpHeaderNames.CONTENT_RANGE, "bytes */" + size).set(HttpHeaderNames.CONTENT_LENGTH, 0);
            return new Sent(ctx.writeAndFlush(response), 416, 0);
        }
        long start = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, range.isPresent() ? HttpResponseStatus.PARTIAL_CONTENT : HttpResponseStatus.OK);
        validators(response, etag, modified);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType)
                .set(HttpHeaderNames.CONTENT_LENGTH, length)
                .set(HttpHeaderNames.ACCEPT_RANGES, "bytes");
        range.ifPresent(r -> response.headers().set(HttpHeaderNames.CONTENT_RANGE, "bytes " + r.first() + "-" + r.last() + "/" + size));
        boolean compressible = compression && ContentTypes.compressible(contentType);
        boolean compressed = compressible && range.isEmpty() && in.contains(HttpHeaderNames.ACCEPT_ENCODING);
        if (compressible) {
            response.headers().set(HttpHeaderNames.VARY, HttpHeaderNames.ACCEPT_ENCODING);
        }
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, "close");
        }
        if (request.method().equals(HttpMethod.HEAD)) {
            ctx.write(response);
            return new Sent(ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT), response.status().code(), 0);
        }
        ctx.write(response);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        if (compressed) {
            // The chunked input ends with the last-content marker; its future completes after it.
            return new Sent(ctx.writeAndFlush(new HttpChunkedInput(new ChunkedNioFile(channel, start, length, 64 * 1024))), response.status().code(), length);
        }
        ctx.write(new DefaultFileRegion(channel, start, length));
        return new Sent(ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT), response.status().code(), length);
    }

    /** How the response went out: the last write, its status and the body bytes. */
    public record Sent(ChannelFuture done, int status, long bytes) {}

    private static void validators(HttpResponse response, String etag, long modified) {
        response.headers().set(HttpHeaderNames.ETAG, etag).set(HttpHeaderNames.LAST_MODIFIED, DateFormatter.format(new Date(modified)));
    }

    /** RFC 9110 13.2.2: If-None-Match wins over If-Modified-Since. */
    private static boolean notModified(HttpHeaders in, String etag, long modified) {
        String noneMatch = in.get(HttpHeaderNames.IF_NONE_MATCH);
        if (noneMatch != null) {
            String opaque = etag.substring(2);
            for (String candidate : noneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || tag.equals(opaque)) {
                    return true;
                }
            }
            return false;
        }
        String sinceHeader = in.get(HttpHeaderNames.IF_MODIFIED_SINCE);
        Date since = sinceHeader == null ? null : DateFormatter.parseHttpDate(sinceHeader);
        return since != null && modified <= since.getTime();
    }

    /**
     * If-Range with a different validator means: send the whole (changed) file. Our ETag is
     * weak (the compressed variant shares it), so it is compared as is, as is the date.
     */
    private static boolean ifRangeMatches(HttpHeaders in, String etag, long modified) {
        String ifRange = in.get(HttpHeaderNames.IF_RANGE);
        if (ifRange == null || ifRange.equals(etag)) {
            return true;
        }
        Date date = DateFormatter.parseHttpDate(ifRange);
        return date != null && date.getTime() == modified;
    }
}
