package io.phasm.asyncify.instrument;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds binaryen's wasm-opt on the PATH, or says how to install it. */
final class Binaryen {
    private Binaryen() {}

    static String wasmOpt() {
        return wasmOpt(System.getenv().getOrDefault("PATH", ""));
    }

    static String wasmOpt(String searchPath) {
        for (String dir : searchPath.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "wasm-opt");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new BinaryenMissing();
    }
}
