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
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** A real Phasm server on a free loopback port, for end-to-end tests, and ways to talk to it. */
final class RunningServer implements AutoCloseable {
    final PhasmServer server;
    final PhasmConfig config;
    /** A client with its own cookie jar: it keeps a session across requests like a browser. */
    final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();

    /** PHP's session files of this server, removed with it (a test run starts dozens of servers). */
    private final Path sessions;

    private RunningServer(PhasmConfig config, Path sessions) throws Exception {
        this.config = config;
        this.sessions = sessions;
        this.server = PhasmServer.start(config, System.err);
    }

    /** Serves docroot with the test-friendly defaults (free port, no access log) and the overrides. */
    static RunningServer start(Path docroot, Map<String, String> overrides) throws Exception {
        Path sessions = Files.createTempDirectory("phasm-test-sessions");
        Map<String, String> all = new HashMap<>(Map.of("site.docroot", "'" + docroot + "'", "server.port", "0",
                "log.access", "off", "php.sessionDir", "'" + sessions + "'"));
        all.putAll(overrides);
        return new RunningServer(ConfigLoader.load(Optional.empty(), all, docroot), sessions);
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
        try (Stream<Path> files = Files.walk(sessions)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
