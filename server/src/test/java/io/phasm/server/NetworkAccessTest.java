package io.phasm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PHP pages reach the network as the configuration allows, and nothing else of the host. */
class NetworkAccessTest {
    @TempDir
    static Path docroot;
    static HttpServer upstream;
    static RunningServer phasm;

    @BeforeAll
    static void start() throws Exception {
        upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        upstream.createContext("/api", exchange -> {
            byte[] body = "{\"from\":\"upstream\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.start();
        Files.writeString(docroot.resolve("fetch.php"), """
                <?php
                $r = @file_get_contents('http://127.0.0.1:' . (int) $_GET['port'] . '/api');
                echo $r === false ? 'failed: ' . error_get_last()['message'] : $r;
                """);
        phasm = RunningServer.start(docroot, Map.of("network.allow", "[127.0.0.1:" + upstream.getAddress().getPort() + "]"));
    }

    @AfterAll
    static void stop() throws Exception {
        phasm.close();
        upstream.stop(0);
    }

    @Test
    void anAllowedUpstreamAnswers() throws Exception {
        assertEquals("{\"from\":\"upstream\"}", phasm.get("/fetch.php?port=" + upstream.getAddress().getPort()).body());
    }

    @Test
    void theRestOfTheHostIsClosedAsIfRefused() throws Exception {
        // Phasm's own port: loopback, but not in network.allow.
        String body = phasm.get("/fetch.php?port=" + phasm.server.address().getPort()).body();
        assertEquals("failed: file_get_contents(http://127.0.0.1:" + phasm.server.address().getPort()
                + "/api): Failed to open stream: Connection refused", body);
    }
}
