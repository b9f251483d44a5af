package io.phasm.server;

import io.phasm.config.ConfigLoader;
import io.phasm.config.PhasmConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A real Phasm server on a free loopback port, for end-to-end tests, and ways to talk to it. */
final class RunningServer implements AutoCloseable {
    final PhasmServer server;
    final PhasmConfig config;
    /** A client with its own cookie jar: it keeps a session across requests like a browser. */
    final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();

    private RunningServer(PhasmConfig config) throws Exception {
        this.config = config;
        this.server = PhasmServer.start(config, System.err);
    }

    /** Serves docroot with the test-friendly defaults (free port, no access log) and the overrides. */
    static RunningServer start(Path docroot, Map<String, String> overrides) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("site.docroot", "'" + docroot + "'", "server.port", "0",
                "log.access", "off", "php.sessionDir", "'" + Files.createTempDirectory("phasm-test-sessions") + "'"));
        all.putAll(overrides);
        return new RunningServer(ConfigLoader.load(Optional.empty(), all, docroot));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Writes raw bytes on a new connection and returns everything the server sends until it closes. */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.address().getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
