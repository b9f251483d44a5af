package io.phasm.server.bench;

import com.sun.net.httpserver.HttpServer;
import io.phasm.config.ConfigLoader;
import io.phasm.config.PhasmConfig;
import io.phasm.server.PhasmServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network bridge's point, measured (server/bench/slow-upstream.sh): N concurrent requests
 * to Phasm, each running PHP that fetches from an upstream answering after a delay. With
 * Asyncify, waiting requests are unwound and hold no thread; with -Dphasm.asyncify.disabled=true
 * every wait parks the request's virtual thread instead. Reports wall time, statuses, threads and heap.
 */
public final class SlowUpstreamBenchmark {
    public static void main(String[] args) throws Exception {
        int requests = Integer.parseInt(args.length > 0 ? args[0] : "200");
        long delayMillis = Long.parseLong(args.length > 1 ? args[1] : "2000");
        // Instances prepared in advance (instances.ready): a burst then finds them made.
        int ready = Integer.parseInt(args.length > 2 ? args[2] : "2");

        HttpServer upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        upstream.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        // When the upstream saw each request: how long Phasm took to get every PHP request going.
        AtomicLong firstArrival = new AtomicLong(Long.MAX_VALUE);
        AtomicLong lastArrival = new AtomicLong();
        upstream.createContext("/slow", exchange -> {
            long now = System.nanoTime();
            firstArrival.accumulateAndGet(now, Math::min);
            lastArrival.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "upstream says hi".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.start();
        int upstreamPort = upstream.getAddress().getPort();

        Path docroot = Files.createTempDirectory("phasm-bench");
        Files.writeString(docroot.resolve("proxy.php"),
                "<?php echo file_get_contents('http://127.0.0.1:" + upstreamPort + "/slow'), ' via PHP';");
        PhasmConfig config = ConfigLoader.load(Optional.empty(), Map.of(
                "site.docroot", "'" + docroot + "'", "server.port", "0", "log.access", "off",
                "instances.memory", "paged", "instances.max", Integer.toString(requests + 16), "instances.ready", Integer.toString(ready), "instances.queueTimeout", "60s",
                "php.maxExecutionTime", "300s", "network.allow", "[127.0.0.1:" + upstreamPort + "]"), docroot);
        PhasmServer phasm = PhasmServer.start(config, new PrintStream(OutputStream.nullOutputStream()));
        URI uri = URI.create("http://127.0.0.1:" + phasm.address().getPort() + "/proxy.php");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        // Warm up: JIT and a few instances, not measured.
        for (int i = 0; i < 3; i++) {
            client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        }
        URI health = URI.create("http://127.0.0.1:" + phasm.address().getPort() + "/.phasm/health");
        while (readyInstances(client, health) < ready) {
            Thread.sleep(200);
        }
        boolean allOk = true;
        // The first burst meets a server that served three requests (JIT cold, no instances but
        // the ready ones); the second, the same server warmed by the first.
        for (String name : List.of("first burst (cold)", "second burst (warm)")) {
            allOk &= burst(name, client, uri, requests, delayMillis, ready, firstArrival, lastArrival);
            while (readyInstances(client, health) < ready) {
                Thread.sleep(200);
            }
        }
        System.out.printf("platform threads of the whole JVM: peak %d (PHP computes on at most %d virtual threads at once, carried by %d cores)%n",
                ManagementFactory.getThreadMXBean().getPeakThreadCount(), 2 * Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());
        phasm.close();
        upstream.stop(0);
        System.exit(allOk ? 0 : 1);
    }

    private static boolean burst(String name, HttpClient client, URI uri, int requests, long delayMillis, int ready,
                                 AtomicLong firstArrival, AtomicLong lastArrival) throws Exception {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peakHeap = new AtomicLong(heapBefore);
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> {
            peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }, 0, 50, TimeUnit.MILLISECONDS);

        firstArrival.set(Long.MAX_VALUE);
        lastArrival.set(0);
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            all.add(client.sendAsync(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        int ok = 0;
        for (CompletableFuture<HttpResponse<String>> f : all) {
            HttpResponse<String> r = f.get(10, TimeUnit.MINUTES);
            if (r.statusCode() == 200 && r.body().equals("upstream says hi via PHP")) {
                ok++;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        sampler.shutdownNow();
        System.out.printf("%s: asyncify %s, %d instances ready: %d concurrent requests, upstream delay %d ms -> %d ok in %.2f s wall%n",
                name, Boolean.getBoolean("phasm.asyncify.disabled") ? "DISABLED (blocking fallback)" : "on", ready,
                requests, delayMillis, ok, wall);
        System.out.printf("upstream reached by the first PHP request after %.2f s, by the last after %.2f s; last response %.2f s after that%n",
                (firstArrival.get() - start) / 1e9, (lastArrival.get() - start) / 1e9, wall - (lastArrival.get() - start) / 1e9);
        System.out.printf("heap: %.0f MiB before, %.0f MiB peak -> %.1f MiB per in-flight request%n",
                heapBefore / 1048576.0, peakHeap.get() / 1048576.0, (peakHeap.get() - heapBefore) / 1048576.0 / requests);
        return ok == requests;
    }

    private static int readyInstances(HttpClient client, URI health) throws Exception {
        String body = client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"ready\":(\\d+)").matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private SlowUpstreamBenchmark() {}
}
