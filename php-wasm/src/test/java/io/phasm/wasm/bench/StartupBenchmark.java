package io.phasm.wasm.bench;

import io.phasm.wasm.instance.PhpInstance;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.module.PhpModule;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.phasm.wasm.web.PhpSite;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Start-up figures of the php-wasm runtime (run with php-wasm/bench/startup.sh):
 * module load, first and later instance creation, instance to first output, memory per instance;
 * for web requests, PHP start-up against a copy of the warm snapshot.
 */
public final class StartupBenchmark {
    public static void main(String[] args) throws Exception {
        ExecutorService php = Executors.newSingleThreadExecutor(r -> new Thread(null, r, "php", 1L << 30));
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        php.submit(() -> PhpModule.wasm()).get();
        long loaded = System.nanoTime();
        PhpInstance first = php.submit(() -> new PhpInstance(quietProcess(OutputStream.nullOutputStream()))).get();
        long firstInstance = System.nanoTime();
        report("module load (class load + parse of the compiled module)", loaded - t0);
        report("first instance (machine classes load, memory init, C constructors)", firstInstance - loaded);

        int n = 10;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            php.submit(() -> new PhpInstance(quietProcess(OutputStream.nullOutputStream()))).get();
        }
        report("later instance, average of " + n, (System.nanoTime() - start) / n);

        for (int round = 0; round < 3; round++) {
            long[] firstByte = {0};
            long begin = System.nanoTime();
            OutputStream out = new OutputStream() {
                @Override
                public void write(int b) {
                    if (firstByte[0] == 0) firstByte[0] = System.nanoTime();
                }
            };
            PhpInstance instance = php.submit(() -> new PhpInstance(quietProcess(out))).get();
            CompletableFuture.supplyAsync(() -> instance, php)
                    .thenCompose(i -> i.runCommandLine(List.of("php", "-r", "echo 1;"), php)).get();
            report("fresh instance to first output of php -r 'echo 1;' (round " + (round + 1) + ")", firstByte[0] - begin);
        }
        System.out.printf("process start to first output ready: %d ms after JVM start (includes JIT warm-up above)%n",
                System.currentTimeMillis() - jvmStart);

        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        List<PhpInstance> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            live.add(php.submit(() -> new PhpInstance(quietProcess(OutputStream.nullOutputStream()))).get());
        }
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("Java heap per idle instance: %.1f MiB (%d live)%n", (after - before) / (double) n / (1 << 20), live.size());
        live.clear();
        webInstances(php, n);
        php.shutdownNow();
        System.exit(0);
    }

    /**
     * What the server pays per request for an instance: starting PHP for the web in a fresh
     * instance (what a snapshot saves) against a copy of the warm snapshot; and heap per copy.
     */
    private static void webInstances(ExecutorService php, int n) throws Exception {
        PhpSite site = php.submit(() -> new PhpSite(new PhpSite.Settings("", List.of(), Map.of(), OutputStream.nullOutputStream(), null))).get();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            php.submit(() -> new PhpInstance(quietProcess(OutputStream.nullOutputStream())).startWeb("")).get();
        }
        report("web: fresh instance + PHP start-up (phasm_startup), average of " + n, (System.nanoTime() - start) / n);
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            php.submit(site::newInstance).get();
        }
        report("web: instance from the warm snapshot (" + site.snapshot().nonZeroPages() + " of " + site.snapshot().memoryBytes() / 65536
                        + " pages copied, the rest zeros), average of " + n,
                (System.nanoTime() - start) / n);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long before = rt.totalMemory() - rt.freeMemory();
        List<PhpInstance> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            live.add(php.submit(site::newInstance).get());
        }
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("Java heap per instance from the snapshot: %.1f MiB (%d live)%n", (after - before) / (double) n / (1 << 20), live.size());
    }

    private static PhpProcess quietProcess(OutputStream out) {
        return PhpProcess.builder().stdio(InputStream.nullInputStream(), out, OutputStream.nullOutputStream()).build();
    }

    private static void report(String what, long nanos) {
        System.out.printf("%-75s %8.1f ms%n", what, nanos / 1e6);
    }

    private StartupBenchmark() {}
}
