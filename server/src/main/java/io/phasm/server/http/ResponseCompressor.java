package io.phasm.server.http;

import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponse;
import io.phasm.server.statics.ContentTypes;

/**
 * gzip/deflate for responses whose type compresses (PHP's HTML, CSS, JS, JSON ...), never for
 * images, archives or byte ranges: those are sent as zero-copy file regions, which must not
 * pass through an encoder (StaticFiles chooses chunks exactly when this would compress).
 */
final class ResponseCompressor extends HttpContentCompressor {
    ResponseCompressor() {
        super(StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate());
    }

    @Override
    protected Result beginEncode(HttpResponse response, String acceptEncoding) throws Exception {
        if (response.headers().contains(HttpHeaderNames.CONTENT_RANGE)
                || !ContentTypes.compressible(response.headers().get(HttpHeaderNames.CONTENT_TYPE))) {
            return null;
        }
        return super.beginEncode(response, acceptEncoding);
    }
}
