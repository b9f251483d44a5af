package io.phasm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PHP pages over real HTTP: what PHP sees ($_SERVER, forms, uploads, cookies, sessions) and what the client gets. */
class PhpPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path docroot;
    static RunningServer phasm;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(docroot.resolve("server.php"), """
                <?php
                header('Content-Type: application/json');
                $keys = ['REQUEST_METHOD', 'REQUEST_URI', 'SCRIPT_NAME', 'SCRIPT_FILENAME', 'PATH_INFO', 'QUERY_STRING', 'DOCUMENT_ROOT',
                    'CONTENT_TYPE', 'CONTENT_LENGTH', 'REMOTE_ADDR', 'SERVER_NAME', 'SERVER_PORT', 'SERVER_PROTOCOL', 'HTTP_HOST',
                    'HTTP_X_CUSTOM', 'PHP_SELF', 'HTTPS', 'REQUEST_TIME', 'REQUEST_TIME_FLOAT', 'HTTP_X_UNDER_SCORE'];
                $out = [];
                foreach ($keys as $k) { $out[$k] = $_SERVER[$k] ?? null; }
                $out['get'] = $_GET; $out['post'] = $_POST; $out['cookie'] = $_COOKIE; $out['input'] = file_get_contents('php://input');
                $out['sapi'] = PHP_SAPI;
                $out['opcache_memory'] = ini_get('opcache.memory_consumption');
                echo json_encode($out);
                """);
        Files.writeString(docroot.resolve("upload.php"), """
                <?php
                $f = $_FILES['file'];
                echo json_encode(['name' => $f['name'], 'size' => $f['size'], 'error' => $f['error'], 'type' => $f['type'],
                    'sha256' => hash_file('sha256', $f['tmp_name']), 'note' => $_POST['note'] ?? null]);
                """);
        Files.writeString(docroot.resolve("session.php"), """
                <?php
                session_start();
                $_SESSION['n'] = ($_SESSION['n'] ?? 0) + 1;
                setcookie('flavour', 'oatmeal', ['path' => '/']);
                echo $_SESSION['n'], ' ', $_COOKIE['flavour'] ?? '-';
                """);
        Files.writeString(docroot.resolve("redirect.php"), "<?php header('Location: /server.php?from=redirect', true, 302);");
        Files.writeString(docroot.resolve("status.php"), "<?php http_response_code(418); header('X-Reason: teapot'); echo 'short and stout';");
        Files.writeString(docroot.resolve("stream.php"), "<?php echo 'first'; ob_flush(); flush(); usleep(1500000); echo ' second';");
        Files.writeString(docroot.resolve("big.php"), "<?php echo str_repeat('All work and no play. ', 20000);");
        Files.writeString(docroot.resolve("fatal.php"), "<?php echo 'before '; undefined_function();");
        Files.writeString(docroot.resolve("index.php"), """
                <?php echo json_encode(['front' => true, 'uri' => $_SERVER['REQUEST_URI'], 'script' => $_SERVER['SCRIPT_NAME'],
                    'query' => $_SERVER['QUERY_STRING'], 'get' => $_GET]);
                """);
        Path log = docroot.resolveSibling("access.log");
        phasm = RunningServer.start(docroot, Map.of("log.access", "'" + log + "'"));
    }

    @AfterAll
    static void stop() throws Exception {
        phasm.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void phpSeesTheRequestAsUnderFpm() throws Exception {
        HttpResponse<String> r = phasm.send(HttpRequest.newBuilder(phasm.uri("/server.php/extra/path?a=1&b[]=x&b[]=y"))
                .header("X-Custom", "hello").header("X_Under_Score", "spoof"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode s = json(r);
        assertEquals("GET", s.get("REQUEST_METHOD").asText());
        assertEquals("/server.php/extra/path?a=1&b[]=x&b[]=y", s.get("REQUEST_URI").asText());
        assertEquals("/server.php", s.get("SCRIPT_NAME").asText());
        assertEquals("/var/www/html/server.php", s.get("SCRIPT_FILENAME").asText());
        assertEquals("/extra/path", s.get("PATH_INFO").asText());
        assertEquals("/server.php/extra/path", s.get("PHP_SELF").asText());
        assertEquals("a=1&b[]=x&b[]=y", s.get("QUERY_STRING").asText());
        assertEquals("{\"a\":\"1\",\"b\":[\"x\",\"y\"]}", s.get("get").toString());
        assertEquals("/var/www/html", s.get("DOCUMENT_ROOT").asText());
        assertEquals("127.0.0.1", s.get("REMOTE_ADDR").asText());
        assertEquals("127.0.0.1", s.get("SERVER_NAME").asText());
        assertEquals(Integer.toString(phasm.server.address().getPort()), s.get("SERVER_PORT").asText());
        assertEquals("HTTP/1.1", s.get("SERVER_PROTOCOL").asText());
        assertEquals("hello", s.get("HTTP_X_CUSTOM").asText());
        assertTrue(s.get("HTTP_X_UNDER_SCORE").isNull(), "headers with underscores are dropped, as nginx does");
        assertTrue(s.get("HTTPS").isNull());
        assertTrue(Math.abs(s.get("REQUEST_TIME").asLong() - System.currentTimeMillis() / 1000) < 60);
        assertTrue(s.get("REQUEST_TIME_FLOAT").isNumber());
        assertEquals("fpm-fcgi", s.get("sapi").asText());
        assertEquals("64", s.get("opcache_memory").asText(), "OPcache's default size: every instance holds it");
    }

    @Test
    void urlencodedFormsAndRawBodiesArrive() throws Exception {
        String form = "name=Ada+Lovelace&langs%5B%5D=en&langs%5B%5D=fr";
        JsonNode s = json(phasm.send(HttpRequest.newBuilder(phasm.uri("/server.php"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))));
        assertEquals("POST", s.get("REQUEST_METHOD").asText());
        assertEquals("{\"name\":\"Ada Lovelace\",\"langs\":[\"en\",\"fr\"]}", s.get("post").toString());
        assertEquals(form, s.get("input").asText());
        assertEquals("application/x-www-form-urlencoded", s.get("CONTENT_TYPE").asText());
        assertEquals(Integer.toString(form.length()), s.get("CONTENT_LENGTH").asText());

        JsonNode put = json(phasm.send(HttpRequest.newBuilder(phasm.uri("/server.php")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"x\":1}"))));
        assertEquals("PUT", put.get("REQUEST_METHOD").asText());
        assertEquals("{\"x\":1}", put.get("input").asText());
    }

    @Test
    void multipartUploadsReachFilesIntact() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        String boundary = "----phasm" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nsee attached\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"noise.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = phasm.send(HttpRequest.newBuilder(phasm.uri("/upload.php"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        JsonNode f = json(r);
        assertEquals("noise.bin", f.get("name").asText());
        assertEquals(content.length, f.get("size").asInt());
        assertEquals(0, f.get("error").asInt());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), f.get("sha256").asText());
        assertEquals("see attached", f.get("note").asText());
    }

    @Test
    void cookiesAndSessionsPersistAcrossRequests() throws Exception {
        assertEquals("1 -", phasm.get("/session.php").body());
        assertEquals("2 oatmeal", phasm.get("/session.php").body());
        HttpResponse<String> third = phasm.get("/session.php");
        assertEquals("3 oatmeal", third.body());
        assertTrue(third.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("flavour=oatmeal")), third.headers().toString());
        // The session lives in the configured directory on the host, shared by every instance.
        try (var files = Files.list(phasm.config.php().sessionDir())) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("sess_")));
        }
    }

    @Test
    void statusHeadersAndRedirectsComeFromPhp() throws Exception {
        HttpResponse<String> teapot = phasm.get("/status.php");
        assertEquals(418, teapot.statusCode());
        assertEquals("teapot", teapot.headers().firstValue("x-reason").orElseThrow());
        assertEquals("15", teapot.headers().firstValue("content-length").orElseThrow());

        HttpResponse<String> redirect = phasm.get("/redirect.php");
        assertEquals(302, redirect.statusCode());
        assertEquals("/server.php?from=redirect", redirect.headers().firstValue("location").orElseThrow());
    }

    @Test
    void headRunsPhpButSendsNoBody() throws Exception {
        HttpResponse<String> head = phasm.send(HttpRequest.newBuilder(phasm.uri("/status.php")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(418, head.statusCode());
        assertEquals("teapot", head.headers().firstValue("x-reason").orElseThrow());
        assertEquals("", head.body());
        // PHP produces no body for HEAD: claiming a length of 0 would misdescribe the GET response.
        assertTrue(head.headers().firstValue("content-length").isEmpty());
        assertEquals("short and stout", phasm.get("/status.php?after=head").body());
    }

    @Test
    void unknownPathsGoToTheFrontControllerWithTheirQuery() throws Exception {
        JsonNode front = json(phasm.get("/2024/11/a-post/?replytocom=7"));
        assertTrue(front.get("front").asBoolean());
        assertEquals("/2024/11/a-post/?replytocom=7", front.get("uri").asText());
        assertEquals("/index.php", front.get("script").asText());
        assertEquals("replytocom=7", front.get("query").asText());
        assertEquals("{\"replytocom\":\"7\"}", front.get("get").toString());
        // A missing .php script is not the front controller's: nginx answers 404 there too.
        assertEquals(404, phasm.get("/missing.php").statusCode());
    }

    @Test
    void outputIsStreamedAsPhpFlushes() throws Exception {
        HttpResponse<InputStream> r = phasm.browser.send(HttpRequest.newBuilder(phasm.uri("/stream.php")).build(), HttpResponse.BodyHandlers.ofInputStream());
        long start = System.nanoTime();
        try (InputStream in = r.body()) {
            byte[] first = in.readNBytes(5);
            long firstMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals("first", new String(first, StandardCharsets.UTF_8));
            assertTrue(firstMillis < 1000, "the flushed part came after " + firstMillis + " ms, not before the script's 1.5 s sleep");
            assertEquals(" second", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals("chunked", r.headers().firstValue("transfer-encoding").orElseThrow());
    }

    @Test
    void phpOutputIsGzippedWhenTheClientAcceptsIt() throws Exception {
        HttpResponse<byte[]> r = phasm.browser.send(HttpRequest.newBuilder(phasm.uri("/big.php")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", r.headers().firstValue("content-encoding").orElseThrow());
        String text = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("All work and no play. ".repeat(20000), text);
        assertTrue(r.body().length < text.length() / 20, "compressed to " + r.body().length);
    }

    @Test
    void aFatalErrorIs500AndTheServerGoesOn() throws Exception {
        HttpResponse<String> fatal = phasm.get("/fatal.php");
        assertEquals(500, fatal.statusCode());
        assertEquals(200, phasm.get("/server.php").statusCode());
    }

    @Test
    void everyRequestIsInTheAccessLog() throws Exception {
        phasm.get("/status.php?log=1");
        Path log = docroot.resolveSibling("access.log");
        String expected = "\"GET /status.php?log=1 HTTP/1.1\" 418 15";
        long end = System.nanoTime() + 5_000_000_000L;
        while (!(Files.exists(log) && Files.readString(log).contains(expected)) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        String line = Files.readAllLines(log).stream().filter(l -> l.contains(expected)).findFirst().orElseThrow();
        assertTrue(line.matches("127\\.0\\.0\\.1 - - \\[\\d{2}/\\w{3}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}] \"GET /status\\.php\\?log=1 HTTP/1\\.1\" 418 15"), line);
    }
}
