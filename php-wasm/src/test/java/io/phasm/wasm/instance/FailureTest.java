package io.phasm.wasm.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.TableInstance;
import io.phasm.wasm.PhpRun;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Failures below PHP (wasm traps) end the run with a clear message, never a hang. */
class FailureTest {

    @Test
    void aWasmTrapIsReportedWithTheFailingFunctions() throws Exception {
        PhpProcess process = PhpProcess.builder()
                .stdio(InputStream.nullInputStream(), new ByteArrayOutputStream(), new ByteArrayOutputStream()).build();
        PhpInstance instance = CompletableFuture.supplyAsync(() -> new PhpInstance(process), PhpRun.PHP_THREADS).get();
        // Corruption PHP code cannot cause: empty the function table, so the next indirect call traps.
        TableInstance table = instance.wasm().table(0);
        for (int i = 1; i < table.size(); i++) {
            table.setRef(i, com.dylibso.chicory.wasm.types.Value.REF_NULL_VALUE, instance.wasm());
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> CompletableFuture
                .supplyAsync(() -> instance, PhpRun.PHP_THREADS)
                .thenCompose(i -> i.runCommandLine(List.of("php", "-r", "echo 1;"), PhpRun.PHP_THREADS))
                .get(60, TimeUnit.SECONDS));
        PhpFailure failure = assertInstanceOf(PhpFailure.class, e.getCause());
        assertEquals(134, failure.exitCode());
        assertTrue(failure.getMessage().startsWith("PHP crashed: WebAssembly trap"), failure.getMessage());
        assertTrue(failure.getMessage().contains(" in "), "names the wasm functions: " + failure.getMessage());
    }

    @Test
    void everyImportOfTheModuleHasARealImplementation() throws Exception {
        PhpInstance instance = CompletableFuture.supplyAsync(() -> new PhpInstance(PhpProcess.builder().build()), PhpRun.PHP_THREADS).get();
        assertEquals(List.of(), instance.unsupportedImports());
    }

    @Test
    void anUnsupportedImportIsReportedByName() {
        // Cannot be produced for real: the current module imports nothing Phasm lacks (see above).
        PhpFailure failure = Failures.describe(new UnsupportedImport("env", "_emscripten_system"));
        assertEquals(70, failure.exitCode());
        assertEquals("PHP called env._emscripten_system, which Phasm does not support", failure.getMessage());
    }
}
