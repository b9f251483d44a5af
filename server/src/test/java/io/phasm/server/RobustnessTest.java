package io.phasm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input and overload get clear answers, and the server keeps serving. */
class RobustnessTest {
    @TempDir
    static Path docroot;
    static RunningServer phasm;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(docroot.resolve("hello.php"), "<?php echo 'hello';");
        Files.writeString(docroot.resolve("spin.php"), "<?php echo 'spinning'; while (true) {}");
        Files.writeString(docroot.resolve("sleep.php"), "<?php usleep((int) ($_GET['ms'] ?? 1000) * 1000); echo 'slept';");
        Files.writeString(docroot.resolve("echo.php"), "<?php echo strlen(file_get_contents('php://input'));");
        phasm = RunningServer.start(docroot, Map.of("php.maxExecutionTime", "1s", "instances.max", "2", "instances.ready", "1",
                "instances.queueTimeout", "500ms", "server.maxBodySize", "1MB", "server.requestTimeout", "1s",
                "server.maxHeaderSize", "4KB"));
    }

    @AfterAll
    static void stop() throws Exception {
        phasm.close();
    }

    @Test
    void malformedRequestsGet400() throws Exception {
        assertTrue(phasm.raw("THIS IS NOT HTTP\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(phasm.raw("GET /hello.php HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertTrue(phasm.raw("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 400 "));
        assertEquals("hello", phasm.get("/hello.php").body());
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        String tooLong = phasm.raw("POST /echo.php HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n" + "x".repeat(1000));
        assertTrue(tooLong.startsWith("HTTP/1.1 413 "), tooLong);
        String bigHeaders = phasm.raw("GET /hello.php HTTP/1.1\r\nHost: x\r\nX-Big: " + "y".repeat(8000) + "\r\n\r\n");
        assertTrue(bigHeaders.startsWith("HTTP/1.1 431 "), bigHeaders);
        String longUrl = phasm.raw("GET /" + "a".repeat(10000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertTrue(longUrl.startsWith("HTTP/1.1 414 "), longUrl);
        // Just under the limit is fine.
        HttpResponse<String> fits = phasm.send(HttpRequest.newBuilder(phasm.uri("/echo.php")).POST(HttpRequest.BodyPublishers.ofString("z".repeat(1024 * 1024 - 1))));
        assertEquals("1048575", fits.body());
    }

    @Test
    void expectContinueIsAnsweredBeforeTheBody() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", phasm.server.address().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("POST /echo.php HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] interim = new byte[25];
            int n = in.readNBytes(interim, 0, interim.length);
            assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(interim, 0, n, StandardCharsets.ISO_8859_1));
            out.write("12345".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(response.startsWith("HTTP/1.1 200 ") && response.endsWith("\r\n\r\n5"), response);
        }
        String refused = phasm.raw("POST /echo.php HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\nExpect: 100-continue\r\n\r\n");
        assertTrue(refused.startsWith("HTTP/1.1 413 "), refused);
    }

    @Test
    void aClientSendingTooSlowlyGets408() throws Exception {
        long start = System.nanoTime();
        String response = phasm.raw("POST /echo.php HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part of the body");
        assertTrue(response.startsWith("HTTP/1.1 408 "), response);
        assertTrue(System.nanoTime() - start < 5_000_000_000L);
    }

    @Test
    void anEndlessScriptIsStoppedAtItsTimeLimit() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> stopped = phasm.get("/spin.php");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(504, stopped.statusCode(), stopped.body());
        assertTrue(millis >= 900 && millis < 5000, "stopped after " + millis + " ms");
        assertEquals("hello", phasm.get("/hello.php").body());
    }

    @Test
    void aFloodBeyondTheInstanceLimitGets503sAndNoCrash() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            flood.add(phasm.browser.sendAsync(HttpRequest.newBuilder(phasm.uri("/sleep.php?ms=800")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        int ok = 0, busy = 0;
        for (CompletableFuture<HttpResponse<String>> f : flood) {
            HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            if (r.statusCode() == 200) {
                ok++;
            } else {
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(r.headers().firstValue("retry-after").isPresent());
                busy++;
            }
        }
        assertEquals(24, ok + busy);
        assertTrue(ok >= 2 && busy >= 18, ok + " served, " + busy + " refused");
        assertEquals("hello", phasm.get("/hello.php").body());
    }

    @Test
    void healthReportsTheInstancesAndTheOpcacheWarmUp() throws Exception {
        HttpResponse<String> health = phasm.get("/.phasm/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().startsWith("{\"status\":\"ok\""), health.body());
        assertTrue(health.body().contains("\"served\":"), health.body());
        // Once a request has run a script, the OPcache warm-up compiles it into the snapshot.
        assertEquals("hello", phasm.get("/hello.php").body());
        long end = System.nanoTime() + 60_000_000_000L;
        while (!health.body().matches(".*\"opcache\":\\{\"warmUps\":[1-9].*")) {
            assertTrue(System.nanoTime() < end, health.body());
            Thread.sleep(50);
            health = phasm.get("/.phasm/health");
        }
        assertTrue(health.body().contains("\"stopped\":false"), health.body());
    }

    @Test
    void shutdownLetsRequestsInFlightFinish() throws Exception {
        RunningServer other = RunningServer.start(docroot, Map.of("server.shutdownTimeout", "10s"));
        int port = other.server.address().getPort();
        CompletableFuture<HttpResponse<String>> inFlight = other.browser.sendAsync(
                HttpRequest.newBuilder(other.uri("/sleep.php?ms=1500")).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(500);
        long start = System.nanoTime();
        other.close();
        long closeMillis = (System.nanoTime() - start) / 1_000_000;
        HttpResponse<String> finished = inFlight.get(10, TimeUnit.SECONDS);
        assertEquals(200, finished.statusCode());
        assertEquals("slept", finished.body());
        assertTrue(closeMillis >= 500, "close returned after " + closeMillis + " ms, before the request ended");
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
    }

}
