package io.phasm.wasm.asyncify;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Waits by blocking the calling thread: correct everywhere, but holds the thread. */
public final class BlockingSuspender implements Suspender {
    @Override
    public long[] await(Supplier<CompletableFuture<long[]>> operation, long[] placeholder) {
        return operation.get().join();
    }
}
