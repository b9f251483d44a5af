package io.phasm.server.response;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/** The server's own responses (errors, redirects): short plain-text bodies that say what happened. */
public final class ErrorResponses {
    private ErrorResponses() {}

    public static FullHttpResponse of(HttpResponseStatus status, String explanation, boolean keepAlive) {
        byte[] body = (status.code() + " " + status.reasonPhrase() + "\n" + explanation + "\n").getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        return response;
    }

    public static FullHttpResponse redirect(String location, boolean keepAlive) {
        FullHttpResponse response = of(HttpResponseStatus.MOVED_PERMANENTLY, "Moved to " + location, keepAlive);
        response.headers().set(HttpHeaderNames.LOCATION, location);
        return response;
    }
}
