package io.phasm.wasm.imports;

/** exit()/proc_exit(): ends the PHP run with a status, unwinding the whole wasm stack. */
public final class ProcessExit extends RuntimeException {
    private final int status;

    public ProcessExit(int status) {
        super("exit(" + status + ")", null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
