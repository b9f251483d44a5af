package io.phasm.wasm.instance;

import static io.phasm.wasm.PhpRun.php;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.wasm.PhpRun;
import io.phasm.wasm.PhpRun.Result;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * sleep() and friends suspend the instance (Asyncify) instead of holding a thread. Sleeps here
 * are long (≥ 50 ms): a wait that is already over when checked (a GC pause suffices) rightly
 * returns without suspending.
 */
class SuspensionTest {

    @Test
    void sleepSuspendsAndResumes() {
        Result r = php().code("$t = microtime(true); usleep(50000); sleep(1); time_nanosleep(0, 1000000); echo round(microtime(true) - $t, 1);");
        assertEquals("1.1", r.stdout());
        assertEquals(3, r.suspensions());
    }

    @Test
    void suspensionsPassThroughCallbacksAndSetjmpFrames() {
        // array_map/usort callbacks recurse through C (zend_call_function) and zend_try (invoke_*).
        Result r = php().code("""
                function f($n) { if ($n == 0) { usleep(100000); return 0; } return array_map(fn($x) => f($n - 1), [1])[0] + 1; }
                $a = [3, 1, 2]; usort($a, function ($x, $y) { usleep(50000); return $x <=> $y; });
                try { echo f(200), ' ', implode(',', $a); } finally { usleep(100000); }
                """);
        assertEquals("200 1,2,3", r.stdout(), r.stderr());
        // Each wait either suspended or, where a frame is not instrumented, blocked: none is lost.
        assertTrue(r.suspensions() >= 2 && r.suspensions() + r.fallbacks() >= 4,
                "suspended " + r.suspensions() + " times, blocked " + r.fallbacks() + " times");
    }

    @Test
    void sleepingInstancesDoNotHoldTheThread() throws Exception {
        // Four instances that each sleep 2 s share one thread: suspended, they finish together.
        ExecutorService oneThread = Executors.newSingleThreadExecutor(r -> new Thread(null, r, "php-single", 1L << 30));
        try {
            List<PhpInstance> instances = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                PhpProcess process = PhpProcess.builder()
                        .stdio(InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream()).build();
                instances.add(CompletableFuture.supplyAsync(() -> new PhpInstance(process), PhpRun.PHP_THREADS).get());
            }
            long start = System.nanoTime();
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (PhpInstance instance : instances) {
                runs.add(CompletableFuture.supplyAsync(() -> instance, oneThread)
                        .thenCompose(i -> i.runCommandLine(List.of("php", "-r", "sleep(2);"), oneThread)));
            }
            for (CompletableFuture<Integer> run : runs) {
                assertEquals(0, run.get(60, TimeUnit.SECONDS));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds < 6, "4 × sleep(2) on one thread took " + seconds + " s: sleeping held the thread");
        } finally {
            oneThread.shutdownNow();
        }
    }

    @Test
    void aSuspensionTooDeepForTheBufferFailsClearly() {
        // 20,000 levels of callbacks: more saved frames than the 1 MiB buffer of a first suspension holds.
        Result r = php().code("function f($n) { if ($n == 0) { usleep(200000); return 0; } return array_map(fn($x) => f($n - 1), [1])[0] + 1; } echo f(20000);");
        assertEquals(70, r.exitCode(), "suspended " + r.suspensions() + ", blocked " + r.fallbacks() + ": " + r.stdout());
        assertTrue(r.failure().getMessage().contains("too deep to suspend"), r.failure().getMessage());
    }
}
