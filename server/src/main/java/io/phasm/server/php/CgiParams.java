package io.phasm.server.php;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.phasm.server.routing.Route;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters PHP-FPM gets from nginx (fastcgi_params plus SCRIPT_FILENAME and PATH_INFO),
 * which PHP turns into $_SERVER. Request headers become HTTP_* except those with underscores,
 * which nginx drops by default so that "X_Forwarded_For" cannot pose as "X-Forwarded-For".
 */
public final class CgiParams {
    /** Where the document root appears inside PHP's file system. */
    public static final String GUEST_DOCUMENT_ROOT = "/var/www/html";
    private static final String SOFTWARE = "Phasm/0.1";

    private CgiParams() {}

    public static Map<String, String> of(HttpRequest request, Route.PhpScript script, int bodyLength,
                                         InetSocketAddress remote, InetSocketAddress local) {
        String uri = request.uri();
        int q = uri.indexOf('?');
        String query = q < 0 ? "" : uri.substring(q + 1);
        Map<String, String> p = new LinkedHashMap<>();
        p.put("GATEWAY_INTERFACE", "CGI/1.1");
        p.put("SERVER_SOFTWARE", SOFTWARE);
        p.put("SERVER_PROTOCOL", request.protocolVersion().text());
        p.put("REQUEST_SCHEME", "http");
        p.put("REQUEST_METHOD", request.method().name());
        p.put("REQUEST_URI", uri);
        p.put("DOCUMENT_URI", script.scriptName() + script.pathInfo());
        p.put("QUERY_STRING", query);
        p.put("SCRIPT_NAME", script.scriptName());
        p.put("SCRIPT_FILENAME", GUEST_DOCUMENT_ROOT + script.scriptName());
        if (!script.pathInfo().isEmpty()) {
            p.put("PATH_INFO", script.pathInfo());
            p.put("PATH_TRANSLATED", GUEST_DOCUMENT_ROOT + script.pathInfo());
        }
        p.put("DOCUMENT_ROOT", GUEST_DOCUMENT_ROOT);
        p.put("CONTENT_TYPE", request.headers().get(HttpHeaderNames.CONTENT_TYPE, ""));
        p.put("CONTENT_LENGTH", bodyLength > 0 || request.headers().contains(HttpHeaderNames.CONTENT_LENGTH) ? Integer.toString(bodyLength) : "");
        p.put("REMOTE_ADDR", remote.getAddress().getHostAddress());
        p.put("REMOTE_PORT", Integer.toString(remote.getPort()));
        p.put("SERVER_ADDR", local.getAddress().getHostAddress());
        p.put("SERVER_PORT", Integer.toString(local.getPort()));
        p.put("SERVER_NAME", serverName(request, local));
        p.put("REDIRECT_STATUS", "200"); // php-cgi's force_redirect check, which nginx satisfies the same way
        request.headers().forEach(h -> {
            String name = h.getKey();
            if (name.indexOf('_') >= 0 || name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")) {
                return;
            }
            String key = "HTTP_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
            p.merge(key, h.getValue(), (a, b) -> a + (key.equals("HTTP_COOKIE") ? "; " : ", ") + b);
        });
        return p;
    }

    /** The host the client asked for, without the port (nginx: $host), or the listening address. */
    private static String serverName(HttpRequest request, InetSocketAddress local) {
        String host = request.headers().get(HttpHeaderNames.HOST);
        if (host == null || host.isBlank()) {
            return local.getAddress().getHostAddress();
        }
        int colon = host.lastIndexOf(':');
        return (colon > host.lastIndexOf(']') ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
    }
}
