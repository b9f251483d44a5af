package io.phasm.wasm.instance;

/** PHP could not finish normally: what the user is told, and the exit code the php command gives. */
public final class PhpFailure extends RuntimeException {
    private final int exitCode;

    public PhpFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** What went wrong in a run (as a future reports it), as a failure with a message for people. */
    public static PhpFailure of(Throwable error) {
        return Failures.describe(error);
    }

    public int exitCode() {
        return exitCode;
    }
}
