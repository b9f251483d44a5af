package io.phasm.wasm.asyncify;

/** A suspension needed more Asyncify buffer than is allowed; the instance cannot continue. */
public final class AsyncifyBufferOverflow extends RuntimeException {
    public AsyncifyBufferOverflow(int capacity, Throwable trap) {
        super("PHP's call stack was too deep to suspend: it did not fit the Asyncify buffer of " + capacity
                + " bytes (raise it with -Dphasm.asyncify.initialBuffer=BYTES)", trap);
    }
}
