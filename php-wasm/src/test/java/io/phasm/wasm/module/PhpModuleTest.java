package io.phasm.wasm.module;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.dylibso.chicory.wasm.WasmModule;
import org.junit.jupiter.api.Test;

class PhpModuleTest {
    /** The run-time parse skips validation; this is where the shipped definitions are validated. */
    @Test
    void theShippedDefinitionsAreAValidModuleAndTheRunTimeParseReadsThemAlike() {
        WasmModule validated = PhpModule.parseDefinitions(true);
        WasmModule used = PhpModule.wasm();
        assertEquals(validated.functionSection().functionCount(), used.functionSection().functionCount());
        assertEquals(validated.dataSection().dataSegments().length, used.dataSection().dataSegments().length);
        assertEquals(validated.exportSection().exportCount(), used.exportSection().exportCount());
        assertEquals(validated.importSection().importCount(), used.importSection().importCount());
    }
}
