package io.phasm.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.phasm.wasm.web.InstancePool;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GET /.phasm/health: 200 with the instance counters while serving, 503 while draining, so a
 * load balancer stops sending traffic before the server goes away. The path cannot clash with
 * the site: dot-paths are never served from the document root.
 */
final class Health {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final InstancePool pool;
    private final ServerState state;

    Health(InstancePool pool, ServerState state) {
        this.pool = pool;
        this.state = state;
    }

    FullHttpResponse response(boolean keepAlive) throws Exception {
        InstancePool.Stats stats = pool.stats();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", state.draining() ? "draining" : "ok");
        body.put("uptimeSeconds", state.uptimeSeconds());
        body.put("instances", stats);
        body.put("opcache", pool.warmupStats());
        byte[] bytes = JSON.writeValueAsBytes(body);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                state.draining() ? HttpResponseStatus.SERVICE_UNAVAILABLE : HttpResponseStatus.OK, Unpooled.wrappedBuffer(bytes));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                .set(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store");
        if (!keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
        return response;
    }
}
