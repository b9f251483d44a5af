package io.phasm.wasm.instance;

/** PHP could not finish normally: what the user is told, and the exit code the php command gives. */
public final class PhpFailure extends RuntimeException {
    private final int exitCode;

    public PhpFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
