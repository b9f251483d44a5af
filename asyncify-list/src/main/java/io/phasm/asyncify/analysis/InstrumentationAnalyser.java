package io.phasm.asyncify.analysis;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.AnnotatedInstruction;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import com.dylibso.chicory.wasm.types.OpCode;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Reads a module and reports which functions binaryen actually instrumented for Asyncify: an
 * instrumented function checks the Asyncify state on entry and after calls, so it reads the
 * state global (the one {@code asyncify_get_state} returns); nothing else does. binaryen's
 * own helpers (asyncify_*) are not counted.
 */
public final class InstrumentationAnalyser {
    private InstrumentationAnalyser() {}

    /** The instrumented functions' names (name section), sorted. */
    public static TreeSet<String> instrumented(Path module) {
        return instrumented(Parser.builder().withValidation(false).build().parse(() -> open(module)));
    }

    public static TreeSet<String> instrumented(WasmModule module) {
        int stateGlobal = stateGlobal(module);
        int imports = module.importSection().count(ExternalType.FUNCTION);
        NameCustomSection names = module.nameSection();
        if (names == null) {
            throw new IllegalArgumentException("the module has no name section: instrumented functions cannot be named (build with -g)");
        }
        TreeSet<String> found = new TreeSet<>();
        FunctionBody[] bodies = module.codeSection().functionBodies();
        for (int i = 0; i < bodies.length; i++) {
            String name = names.nameOfFunction(imports + i);
            if (name != null && !name.startsWith("asyncify_") && readsGlobal(bodies[i], stateGlobal)) {
                found.add(name);
            }
        }
        return found;
    }

    /** The global asyncify_get_state returns: its body is {@code global.get N}. */
    private static int stateGlobal(WasmModule module) {
        int imports = module.importSection().count(ExternalType.FUNCTION);
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            Export export = module.exportSection().getExport(i);
            if (export.name().equals("asyncify_get_state") && export.exportType() == ExternalType.FUNCTION) {
                for (AnnotatedInstruction instruction : module.codeSection().getFunctionBody(export.index() - imports).instructions()) {
                    if (instruction.opcode() == OpCode.GLOBAL_GET) {
                        return (int) instruction.operand(0);
                    }
                }
            }
        }
        throw new IllegalArgumentException("the module does not export asyncify_get_state: it is not instrumented for Asyncify");
    }

    private static boolean readsGlobal(FunctionBody body, int global) {
        for (AnnotatedInstruction instruction : body.instructions()) {
            if (instruction.opcode() == OpCode.GLOBAL_GET && instruction.operand(0) == global) {
                return true;
            }
        }
        return false;
    }

    private static java.io.InputStream open(Path module) {
        try {
            return java.nio.file.Files.newInputStream(module);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
