package io.phasm.asyncify.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The corpus as web requests to the repository's server (bin/phasm with the corpus as its
 * document root): a request's stack starts at the SAPI's request entry, not the command
 * line's, and those frames must be instrumented too. The settings travel as request headers
 * (Phasm-Http: … → $_SERVER['HTTP_PHASM_HTTP']), since a web request's getenv() is FPM-like.
 */
final class WebRun {
    private WebRun() {}

    static List<Corpus.ScriptResult> run(Path home, Path corpus, List<Path> scripts, CorpusServers servers, Path traceFile,
                                         Path workDir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path config = Files.writeString(workDir.resolve("phasm.yaml"), """
                server:
                  port: %d
                site:
                  docroot: '%s'
                php:
                  maxExecutionTime: 600s
                  ini:
                    openssl.cafile: /corpus-ca/%s
                  mounts:
                    - host: '%s'
                      path: /corpus-ca
                      readOnly: true
                instances:
                  max: 2
                network:
                  allow: [%s]
                  maxConnectionsPerRequest: 1000000
                log:
                  access: off
                """.formatted(port, corpus, servers.caFile().getFileName(), servers.caFile().getParent(), servers.destinations()));
        Path stderr = workDir.resolve("phasm.err");
        ProcessBuilder phasm = new ProcessBuilder(home.resolve("bin/phasm").toString(), "--config", config.toString())
                .redirectOutput(workDir.resolve("phasm.out").toFile())
                .redirectError(stderr.toFile());
        phasm.environment().put("JAVA_TOOL_OPTIONS", Corpus.tracingOptions(traceFile));
        // Each round runs a freshly built module once: recording an AOT cache would only slow its shutdown.
        phasm.environment().put("PHASM_AOT", "off");
        Process server = phasm.start();
        List<Corpus.ScriptResult> pages = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            awaitHealthy(client, port, server, stderr);
            for (Path script : scripts) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + script.getFileName()))
                        .timeout(Duration.ofMinutes(10));
                for (Map.Entry<String, String> setting : servers.environment().entrySet()) {
                    request.header(headerName(setting.getKey()), setting.getValue());
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                boolean passed = response.statusCode() == 200 && response.body().strip().endsWith("OK");
                pages.add(new Corpus.ScriptResult(script.getFileName() + " (web)", passed,
                        passed ? "OK" : "HTTP " + response.statusCode() + "\n" + response.body(), 0, 0, 0, List.of()));
            }
        } finally {
            server.destroy(); // bin/phasm execs java: SIGTERM lets it drain and print its totals
            server.waitFor(60, TimeUnit.SECONDS);
        }
        // The server's totals cover every page: reported once, for the pages together.
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        boolean allPassed = pages.stream().allMatch(Corpus.ScriptResult::passed);
        List<Corpus.ScriptResult> results = new ArrayList<>(pages.stream()
                .filter(p -> !p.passed()).toList());
        results.add(Corpus.result("web requests (" + pages.size() + ")", allPassed, allPassed ? "OK" : "see the failed pages", log));
        return results;
    }

    /** PHASM_MYSQL_HOST -> Phasm-Mysql-Host (underscores in header names are dropped, as nginx does). */
    private static String headerName(String variable) {
        StringBuilder name = new StringBuilder();
        for (String word : variable.toLowerCase(Locale.ROOT).split("_")) {
            if (!name.isEmpty()) {
                name.append('-');
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static void awaitHealthy(HttpClient client, int port, Process server, Path stderr) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10); // the first start may build Phasm
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IOException("bin/phasm stopped: " + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.phasm/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IOException("bin/phasm did not become healthy in 10 minutes");
    }
}
