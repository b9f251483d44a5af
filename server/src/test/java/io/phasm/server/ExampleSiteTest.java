package io.phasm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in example site that README command #1 serves: every page does what it says. */
class ExampleSiteTest {
    static RunningServer phasm;

    @BeforeAll
    static void start() throws Exception {
        phasm = RunningServer.start(Path.of("example-site").toAbsolutePath(), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        phasm.close();
    }

    @Test
    void homePagePrettyUrlsAndAssets() throws Exception {
        HttpResponse<String> home = phasm.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<h1>Phasm example site</h1>"), home.body());
        assertTrue(phasm.get("/hello/Grace").body().contains("Hello, Grace!"));
        assertEquals(404, phasm.get("/no/such/page").statusCode());
        assertEquals("text/css; charset=utf-8", phasm.get("/assets/style.css").headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void formValidatesThenRedirectsAfterPost() throws Exception {
        HttpResponse<String> invalid = phasm.send(form("name=&colour=purple"));
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.body().contains("Please give a name."));
        HttpResponse<String> saved = phasm.send(form("name=Ada&colour=blue"));
        assertEquals(303, saved.statusCode());
        assertEquals("/form.php?saved=1", saved.headers().firstValue("location").orElseThrow());
        assertTrue(phasm.get("/form.php?saved=1").body().contains("Saved: Ada likes blue."));
    }

    private static HttpRequest.Builder form(String body) {
        return HttpRequest.newBuilder(phasm.uri("/form.php")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void sessionCountsVisitsAndCookiesStick() throws Exception {
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new java.net.CookieManager()).build();
        fresh.send(HttpRequest.newBuilder(phasm.uri("/session.php?theme=dark")).build(), HttpResponse.BodyHandlers.ofString());
        String second = fresh.send(HttpRequest.newBuilder(phasm.uri("/session.php")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(second.contains("visited this page 2 times"), second);
        assertTrue(second.contains("Theme cookie: dark."), second);
    }

    @Test
    void jsonApiAnswersGetAndPost() throws Exception {
        assertTrue(phasm.get("/api.php?name=Linus").body().startsWith("{\"greeting\":\"Hello, Linus!\""));
        HttpResponse<String> sum = phasm.send(HttpRequest.newBuilder(phasm.uri("/api.php")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"numbers\":[1,2,3.5,\"x\"]}")));
        assertEquals("{\"count\":3,\"sum\":6.5}", sum.body());
        HttpResponse<String> bad = phasm.send(HttpRequest.newBuilder(phasm.uri("/api.php")).POST(HttpRequest.BodyPublishers.ofString("{nope")));
        assertEquals(400, bad.statusCode());
    }

    @Test
    void uploadReportsTheFile() throws Exception {
        String boundary = "example-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"hello.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "hello upload\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = phasm.send(HttpRequest.newBuilder(phasm.uri("/upload.php"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertTrue(r.body().contains("Received hello.txt: 12 bytes, text/plain"), r.body());
    }

    @Test
    void streamingPageArrivesWhole() throws Exception {
        HttpResponse<String> r = phasm.get("/stream.php");
        assertTrue(r.body().contains("Line 5 of 5"), r.body());
        assertTrue(r.body().endsWith("</html>\n"));
    }
}
