package io.phasm.wasm.imports;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Futures that complete after a delay, without a thread waiting for them. */
final class Timers {
    private static final long[] DONE = new long[0];

    static CompletableFuture<long[]> after(long nanos) {
        if (nanos <= 0) {
            return CompletableFuture.completedFuture(DONE);
        }
        return CompletableFuture.supplyAsync(() -> DONE, CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS, Runnable::run));
    }

    /**
     * Calls attempt every interval until it returns a result (not null), and completes with it;
     * after timeout completes with onTimeout instead.
     */
    static CompletableFuture<long[]> retry(java.util.function.Supplier<long[]> attempt, long intervalNanos, long timeoutNanos, long[] onTimeout) {
        long[] now = attempt.get();
        if (now != null) {
            return CompletableFuture.completedFuture(now);
        }
        if (timeoutNanos <= 0) {
            return CompletableFuture.completedFuture(onTimeout);
        }
        return after(intervalNanos).thenCompose(done -> retry(attempt, intervalNanos, timeoutNanos - intervalNanos, onTimeout));
    }

    private Timers() {}
}
