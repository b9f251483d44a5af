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

    private Timers() {}
}
