package io.phasm.asyncify.rewrite;

import java.util.Arrays;

/** A wasm function type: value types (one byte each, as encoded) in and out. */
record FunctionType(byte[] params, byte[] results) {
    @Override
    public boolean equals(Object other) {
        return other instanceof FunctionType t && Arrays.equals(params, t.params) && Arrays.equals(results, t.results);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(params) + Arrays.hashCode(results);
    }

    @Override
    public String toString() {
        return ValueTypes.names(params) + " -> " + ValueTypes.names(results);
    }
}
