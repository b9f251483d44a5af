package io.phasm.wasm.asyncify;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * How a host import waits for something that completes later (a timer, a socket): either by
 * suspending the instance (Asyncify), or by blocking the calling thread.
 */
public interface Suspender {

    /**
     * Starts operation and returns its result. If it does not complete at once, the instance
     * may be suspended; the import then returns placeholder (ignored while unwinding) and is
     * called again on resumption, when this returns the operation's result.
     */
    long[] await(Supplier<CompletableFuture<long[]>> operation, long[] placeholder);
}
