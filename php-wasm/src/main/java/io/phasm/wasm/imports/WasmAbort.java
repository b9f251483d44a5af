package io.phasm.wasm.imports;

/** The C code gave up (abort(), a failed assert): the instance is finished. */
public final class WasmAbort extends RuntimeException {
    public WasmAbort(String message) {
        super(message, null, false, false);
    }
}
