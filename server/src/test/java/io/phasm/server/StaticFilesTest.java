package io.phasm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files served by Netty: types, validators, ranges, and what is never served. */
class StaticFilesTest {
    @TempDir
    static Path docroot;
    @TempDir
    static Path outside;
    static RunningServer phasm;

    @BeforeAll
    static void start() throws Exception {
        Files.writeString(docroot.resolve("notes.txt"), "0123456789abcdefghij");
        Files.write(docroot.resolve("pixel.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Files.createDirectories(docroot.resolve("docs"));
        Files.writeString(docroot.resolve("docs/index.html"), "<h1>docs</h1>");
        Files.writeString(docroot.resolve(".env"), "DB_PASSWORD=secret");
        Files.createDirectories(docroot.resolve(".git"));
        Files.writeString(docroot.resolve(".git/config"), "[core]");
        Files.writeString(docroot.resolve("config.inc"), "<?php $password = 'secret';");
        Files.writeString(docroot.resolve("page.phtml"), "<?php echo 'secret';");
        Files.writeString(outside.resolve("passwd"), "root:x:0:0");
        Files.createSymbolicLink(docroot.resolve("escape.txt"), outside.resolve("passwd"));
        phasm = RunningServer.start(docroot, Map.of("site.frontController", "null"));
    }

    @AfterAll
    static void stop() throws Exception {
        phasm.close();
    }

    @Test
    void filesComeWithTypeLengthAndValidators() throws Exception {
        HttpResponse<String> r = phasm.get("/notes.txt");
        assertEquals(200, r.statusCode());
        assertEquals("0123456789abcdefghij", r.body());
        assertEquals("text/plain; charset=utf-8", r.headers().firstValue("content-type").orElseThrow());
        assertEquals("20", r.headers().firstValue("content-length").orElseThrow());
        assertEquals("bytes", r.headers().firstValue("accept-ranges").orElseThrow());
        assertTrue(r.headers().firstValue("etag").isPresent());
        assertTrue(r.headers().firstValue("last-modified").isPresent());
        assertEquals("image/png", phasm.get("/pixel.png").headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void unchangedFilesAnswer304() throws Exception {
        HttpResponse<String> first = phasm.get("/notes.txt");
        String etag = first.headers().firstValue("etag").orElseThrow();
        String modified = first.headers().firstValue("last-modified").orElseThrow();
        HttpResponse<String> byTag = phasm.send(HttpRequest.newBuilder(phasm.uri("/notes.txt")).header("If-None-Match", etag));
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(304, phasm.send(HttpRequest.newBuilder(phasm.uri("/notes.txt")).header("If-Modified-Since", modified)).statusCode());
        assertEquals(200, phasm.send(HttpRequest.newBuilder(phasm.uri("/notes.txt")).header("If-None-Match", "W/\"other\"")).statusCode());
    }

    @Test
    void rangesAnswerPartialContent() throws Exception {
        HttpResponse<String> part = phasm.send(HttpRequest.newBuilder(phasm.uri("/notes.txt")).header("Range", "bytes=5-9"));
        assertEquals(206, part.statusCode());
        assertEquals("56789", part.body());
        assertEquals("bytes 5-9/20", part.headers().firstValue("content-range").orElseThrow());
        HttpResponse<String> tail = phasm.send(HttpRequest.newBuilder(phasm.uri("/notes.txt")).header("Range", "bytes=-3"));
        assertEquals("hij", tail.body());
        HttpResponse<String> beyond = phasm.send(HttpRequest.newBuilder(phasm.uri("/notes.txt")).header("Range", "bytes=50-"));
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */20", beyond.headers().firstValue("content-range").orElseThrow());
        // A range sent with a stale If-Range gets the whole file.
        HttpResponse<String> stale = phasm.send(HttpRequest.newBuilder(phasm.uri("/notes.txt")).header("Range", "bytes=0-1").header("If-Range", "\"old\""));
        assertEquals(200, stale.statusCode());
        assertEquals(20, stale.body().length());
    }

    @Test
    void directoriesRedirectToTheirSlashAndServeTheirIndex() throws Exception {
        HttpResponse<String> redirect = phasm.get("/docs?x=1");
        assertEquals(301, redirect.statusCode());
        assertEquals("/docs/?x=1", redirect.headers().firstValue("location").orElseThrow());
        assertEquals("<h1>docs</h1>", phasm.get("/docs/").body());
    }

    @Test
    void hiddenFilesSourcesAndEscapesAreNeverServed() throws Exception {
        for (String path : new String[] {"/.env", "/.git/config", "/docs/../.env", "/config.inc", "/page.phtml", "/%2e%2e/passwd"}) {
            HttpResponse<String> r = phasm.get(path);
            assertEquals(403, r.statusCode(), path);
            assertFalse(r.body().contains("secret"), path);
        }
        HttpResponse<String> escape = phasm.get("/escape.txt");
        assertEquals(404, escape.statusCode());
        assertFalse(escape.body().contains("root:"));
        assertEquals(404, phasm.get("/nothing-here.txt").statusCode());
    }

    @Test
    void routesAreRememberedBrieflyAndChangesShowWithinASecond() throws Exception {
        Path file = docroot.resolve("fleeting.txt");
        Files.writeString(file, "here");
        assertEquals("here", phasm.get("/fleeting.txt").body());
        Files.delete(file);
        // Still routed to the file (cached), which is gone: 404, not an error.
        assertEquals(404, phasm.get("/fleeting.txt").statusCode());
        Path late = docroot.resolve("late.txt");
        assertEquals(404, phasm.get("/late.txt").statusCode());
        Files.writeString(late, "arrived");
        Thread.sleep(1100);
        assertEquals("arrived", phasm.get("/late.txt").body());
    }

    @Test
    void staticFilesRefuseOtherMethods() throws Exception {
        HttpResponse<String> r = phasm.send(HttpRequest.newBuilder(phasm.uri("/notes.txt")).POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD", r.headers().firstValue("allow").orElseThrow());
    }
}
