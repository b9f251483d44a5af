package io.phasm.asyncify.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces the bodies of libc's memcpy, memmove and memset with wasm's bulk-memory instructions
 * (memory.copy, memory.fill). PHP.wasm is built without bulk memory, so its libc copies and
 * fills with loops of loads and stores; on the JVM every one of those is a bounds-checked page
 * access, while memory.copy and memory.fill are one range check and one System.arraycopy or
 * Arrays.fill per page. PHP copies strings, hash tables and PCRE's backtracking frames through
 * these all the time (memcpy was the third hottest function of a regex run).
 *
 * Same results: memory.copy copies as if through a temporary buffer, which is memmove's contract
 * and more than memcpy's; both return their destination. An out-of-bounds range traps either
 * way (the loop would trap part-way, memory.copy before writing anything: a trap ends the run).
 */
public final class BulkMemoryRoutines {
    /** libc names Emscripten's libc gives the routines (memcpy itself is an alias of __memcpy). */
    private static final Map<String, byte[]> BODIES = Map.of(
            "__memcpy", copy(), "memcpy", copy(), "memmove", copy(), "memset", fill());
    private static final FunctionType VOID_P_VOID_P_SIZE = new FunctionType(
            new byte[] {ValueTypes.I32, ValueTypes.I32, ValueTypes.I32}, new byte[] {ValueTypes.I32});

    /** The module with the routines it has replaced; the names of those replaced. */
    public record Result(byte[] module, List<String> replaced) {}

    public static Result replace(byte[] wasm) {
        ModuleBinary module = ModuleBinary.read(wasm);
        int imports = module.importedFunctionCount();
        List<String> replaced = new ArrayList<>();
        module.functionNames.forEach((index, name) -> {
            byte[] body = BODIES.get(name);
            if (body == null || index < imports) {
                return;
            }
            if (!module.typeOfFunction(index).equals(VOID_P_VOID_P_SIZE)) {
                throw new MalformedModule(name + " is not (i32, i32, i32) -> i32 but " + module.typeOfFunction(index)
                        + ": not the libc routine this step replaces");
            }
            module.bodies.set(index - imports, body);
            replaced.add(name);
        });
        return new Result(replaced.isEmpty() ? wasm : module.write(), replaced);
    }

    /** (dest, src, n) -> dest, by memory.copy. */
    private static byte[] copy() {
        return body(0x0A, 0x00, 0x00);
    }

    /** (dest, byte, n) -> dest, by memory.fill. */
    private static byte[] fill() {
        return body(0x0B, 0x00);
    }

    private static byte[] body(int bulkOpcode, int... memoryIndices) {
        WasmWriter code = new WasmWriter().u32(0); // no locals
        for (int param = 0; param < 3; param++) {
            code.u8(Instruction.LOCAL_GET).u32(param);
        }
        code.u8(0xFC).u32(bulkOpcode);
        for (int memory : memoryIndices) {
            code.u8(memory);
        }
        return code.u8(Instruction.LOCAL_GET).u32(0).u8(Instruction.END).toByteArray();
    }

    private BulkMemoryRoutines() {}
}
