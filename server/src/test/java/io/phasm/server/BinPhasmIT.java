package io.phasm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The {@code bin/phasm} command as users run it (README command #1), after the build packaged
 * what it runs: with no arguments it serves the example site, on Graal unless PHASM_JIT says
 * otherwise, and stops cleanly on SIGTERM; printing its help records no AOT cache (a cache from a
 * run that never served would lack the server's classes).
 */
class BinPhasmIT {
    private static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path CACHE = HOME.resolve("server/target/phasm.aot");
    private static final Pattern SERVING = Pattern.compile("Phasm serving .* at (http://\\S+/)");

    @Test
    void servesTheExampleSiteOnGraalByDefault() throws Exception {
        assertServes(Map.of(), "JIT compiler: Graal");
    }

    @Test
    void servesOnC2WhenAsked() throws Exception {
        assertServes(Map.of("PHASM_JIT", "c2", "PHASM_AOT", "off"), "JIT compiler: C2");
    }

    @Test
    void printingHelpRecordsNoCache() throws Exception {
        Files.deleteIfExists(CACHE);
        Process help = start(Map.of("PHASM_JIT", "c2"), "--help");
        String out = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(help.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, help.exitValue());
        assertTrue(out.startsWith("Usage: phasm"), out);
        assertFalse(Files.exists(CACHE), "no AOT cache recorded from a help run");
    }

    private static void assertServes(Map<String, String> environment, String jitLine) throws Exception {
        Process server = start(environment, "--port", "0");
        try {
            var stderr = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String url = null;
            for (String line; url == null && (line = stderr.readLine()) != null; ) {
                lines.add(line);
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    url = serving.group(1);
                }
            }
            assertNotNull(url, "bin/phasm printed where it serves: " + lines);
            assertEquals(jitLine, stderr.readLine().replaceFirst(" \\(.*", ""));

            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<h1>Phasm example site</h1>"), page.body());

            server.destroy(); // SIGTERM, as a service manager stops it
            assertTrue(server.waitFor(1, TimeUnit.MINUTES), "bin/phasm stopped on SIGTERM");
        } finally {
            server.destroyForcibly();
        }
    }

    private static Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/phasm").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
        builder.environment().remove("PHASM_JIT");
        builder.environment().remove("PHASM_AOT");
        builder.environment().putAll(environment);
        return builder.start();
    }
}
