package io.phasm.wasm.asyncify;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * How many PHP steps may compute at once. PHP runs on virtual threads, each step holding one
 * permit while it runs; a step that must wait without Asyncify (the blocking fallback) gives
 * its permit back while its virtual thread is parked, so a gap in the instrumentation costs a
 * parked virtual thread, not one of the few threads that compute.
 */
public final class RunningPermits {
    private static final ThreadLocal<Semaphore> HELD = new ThreadLocal<>();

    private RunningPermits() {}

    /** Runs step holding one of permits (waiting for one first). */
    public static void run(Semaphore permits, Runnable step) {
        permits.acquireUninterruptibly();
        HELD.set(permits);
        try {
            step.run();
        } finally {
            HELD.remove();
            permits.release();
        }
    }

    /** Waits for future; a permit held by this thread is given back meanwhile. */
    static <T> T awaitParked(Future<T> future) throws InterruptedException, ExecutionException {
        Semaphore held = HELD.get();
        if (held == null) {
            return future.get();
        }
        held.release();
        try {
            return future.get();
        } finally {
            held.acquireUninterruptibly();
        }
    }
}
