package io.phasm.wasm.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.wasm.PhpRun;
import io.phasm.wasm.RecordingRequestIo;
import io.phasm.wasm.vfs.HostMount;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Phasm's SAPI serves web requests: FastCGI-style parameters in, status, headers and body out. */
class WebRequestTest {
    @TempDir
    static Path docroot;
    static PhpInstance php;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(docroot.resolve("info.php"), """
                <?php
                header('X-Powered-By: Phasm test');
                setcookie('visited', 'yes');
                http_response_code(201);
                echo json_encode([
                  'method' => $_SERVER['REQUEST_METHOD'], 'uri' => $_SERVER['REQUEST_URI'], 'self' => $_SERVER['PHP_SELF'],
                  'get' => $_GET, 'post' => $_POST, 'cookie' => $_COOKIE, 'input' => file_get_contents('php://input'),
                  'host' => $_SERVER['HTTP_HOST'], 'sapi' => PHP_SAPI, 'previous' => $GLOBALS['leak'] ?? null,
                ]);
                $GLOBALS['leak'] = 'from an earlier request';
                """);
        Files.writeString(docroot.resolve("fatal.php"), "<?php error_log('about to fail'); echo 'partial'; undefined();");
        PhpProcess process = PhpProcess.builder().stdio(InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream())
                .mount(new HostMount(docroot, "/var/www", true)).build();
        php = CompletableFuture.supplyAsync(() -> {
            PhpInstance instance = new PhpInstance(process);
            instance.startWeb("display_errors=1\nhtml_errors=0\n");
            return instance;
        }, PhpRun.PHP_THREADS).get(60, TimeUnit.SECONDS);
    }

    private static Map<String, String> params(String method, String script, String query, String contentType, int length) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("REQUEST_METHOD", method);
        p.put("SCRIPT_FILENAME", "/var/www/" + script);
        p.put("SCRIPT_NAME", "/" + script);
        p.put("REQUEST_URI", "/" + script + (query.isEmpty() ? "" : "?" + query));
        p.put("QUERY_STRING", query);
        p.put("DOCUMENT_ROOT", "/var/www");
        p.put("HTTP_HOST", "example.test");
        p.put("HTTP_COOKIE", "session=abc; theme=dark");
        if (contentType != null) {
            p.put("CONTENT_TYPE", contentType);
            p.put("CONTENT_LENGTH", Integer.toString(length));
        }
        return p;
    }

    private static int serve(Map<String, String> params, RecordingRequestIo exchange) throws Exception {
        return CompletableFuture.supplyAsync(() -> php, PhpRun.PHP_THREADS)
                .thenCompose(i -> i.handleRequest(params, exchange, PhpRun.PHP_THREADS))
                .get(60, TimeUnit.SECONDS);
    }

    @Test
    void requestDataReachesPhpAndTheResponseComesBack() throws Exception {
        String form = "name=Ada+Lovelace&tags%5B%5D=math&tags%5B%5D=code";
        RecordingRequestIo ex = new RecordingRequestIo(form);
        int status = serve(params("POST", "info.php", "page=2&q=a%20b", "application/x-www-form-urlencoded", form.length()), ex);
        assertEquals(0, status, () -> ex.text() + ex.log);
        assertEquals(201, ex.status);
        assertTrue(ex.headers.contains("X-Powered-By: Phasm test"), ex.headers.toString());
        assertTrue(ex.headers.contains("Set-Cookie: visited=yes"), ex.headers.toString());
        assertTrue(ex.headers.contains("Content-type: text/html; charset=UTF-8"), ex.headers.toString());
        assertEquals("{\"method\":\"POST\",\"uri\":\"\\/info.php?page=2&q=a%20b\",\"self\":\"\\/info.php\","
                + "\"get\":{\"page\":\"2\",\"q\":\"a b\"},\"post\":{\"name\":\"Ada Lovelace\",\"tags\":[\"math\",\"code\"]},"
                + "\"cookie\":{\"session\":\"abc\",\"theme\":\"dark\"},\"input\":\"" + form + "\","
                + "\"host\":\"example.test\",\"sapi\":\"fpm-fcgi\",\"previous\":null}", ex.text());
    }

    @Test
    void requestsOnOneInstanceDoNotShareGlobals() throws Exception {
        RecordingRequestIo first = new RecordingRequestIo("");
        serve(params("GET", "info.php", "", null, 0), first);
        RecordingRequestIo second = new RecordingRequestIo("");
        serve(params("GET", "info.php", "", null, 0), second);
        assertTrue(second.text().endsWith("\"previous\":null}"), second.text());
    }

    @Test
    void aMissingScriptIs404AndAFatalErrorIs255() throws Exception {
        RecordingRequestIo missing = new RecordingRequestIo("");
        serve(params("GET", "nope.php", "", null, 0), missing);
        assertEquals(404, missing.status);
        assertEquals("File not found.\n", missing.text());

        RecordingRequestIo fatal = new RecordingRequestIo("");
        assertEquals(255, serve(params("GET", "fatal.php", "", null, 0), fatal));
        assertTrue(fatal.text().startsWith("partial"), fatal.text());
        assertTrue(fatal.text().contains("Call to undefined function undefined()"), fatal.text());
        assertTrue(fatal.log.stream().anyMatch(l -> l.contains("about to fail")), fatal.log.toString());
    }
}
