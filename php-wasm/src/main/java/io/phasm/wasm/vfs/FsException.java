package io.phasm.wasm.vfs;

/**
 * A failed file-system operation, carrying the errno PHP's libc should see. Thrown often
 * (every failed stat of an include path), so it has no stack trace.
 */
public final class FsException extends RuntimeException {
    private final int errno;

    public FsException(int errno, String message) {
        super(message, null, false, false);
        this.errno = errno;
    }

    public int errno() {
        return errno;
    }
}
