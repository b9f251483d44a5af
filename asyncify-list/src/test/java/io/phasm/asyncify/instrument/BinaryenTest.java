package io.phasm.asyncify.instrument;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryenTest {
    @Test
    void aMissingWasmOptSaysHowToInstallIt(@TempDir Path emptyDir) {
        BinaryenMissing e = assertThrows(BinaryenMissing.class, () -> Binaryen.wasmOpt(emptyDir + ":/nonexistent"));
        assertTrue(e.getMessage().contains("sudo apt-get install binaryen"), e.getMessage());
    }

    @Test
    void wasmOptIsFoundOnThePath(@TempDir Path dir) throws Exception {
        Path tool = Files.createFile(dir.resolve("wasm-opt"));
        tool.toFile().setExecutable(true);
        assertTrue(Binaryen.wasmOpt("/nonexistent:" + dir).equals(tool.toString()));
    }
}
