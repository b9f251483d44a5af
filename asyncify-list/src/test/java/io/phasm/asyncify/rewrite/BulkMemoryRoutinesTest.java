package io.phasm.asyncify.rewrite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * libc's byte-loop memcpy, memmove and memset (written here as the loops they are) and their
 * bulk-memory replacements leave the same memory and return the same value, and trap alike.
 */
class BulkMemoryRoutinesTest {
    private static final int I32 = ValueTypes.I32, BLOCK = 0x02, LOOP = 0x03, IF = 0x04, ELSE = 0x05, END = 0x0B,
            BR = 0x0C, BR_IF = 0x0D, GET = 0x20, SET = 0x21, CONST = 0x41, EQZ = 0x45, GT_U = 0x4B, ADD = 0x6A,
            SUB = 0x6B, LOAD8_U = 0x2D, STORE8 = 0x3A, VOID = 0x40;
    private static final int PAGE = 65536;

    @Test
    void replacesTheRoutinesAndKeepsTheirResults() {
        byte[] loops = module("__memcpy", "memmove", "memset", (byte) I32);
        BulkMemoryRoutines.Result bulk = BulkMemoryRoutines.replace(loops);
        assertEquals(List.of("__memcpy", "memmove", "memset"), bulk.replaced());
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            String routine = List.of("__memcpy", "memmove", "memset").get(trial % 3);
            int n = trial % 10 == 0 ? 0 : random.nextInt(trial % 7 == 0 ? 3000 : 70);
            int dest = random.nextInt(PAGE - n + 1);
            int src = routine.equals("__memcpy") ? disjointFrom(dest, n, random) : random.nextInt(PAGE - n + 1);
            if (routine.equals("memset")) {
                src = random.nextInt(512) - 256; // the fill byte: only its low 8 bits count
            }
            assertEquals(run(loops, routine, dest, src, n), run(bulk.module(), routine, dest, src, n),
                    routine + "(" + dest + ", " + src + ", " + n + ")");
        }
    }

    @Test
    void outOfBoundsTrapsAsTheLoopDoes() {
        byte[] bulk = BulkMemoryRoutines.replace(module("__memcpy", "memmove", "memset", (byte) I32)).module();
        for (String routine : List.of("__memcpy", "memmove", "memset")) {
            Instance loop = instance(module("__memcpy", "memmove", "memset", (byte) I32));
            Instance replaced = instance(bulk);
            assertThrows(RuntimeException.class, () -> loop.export(routine).apply(PAGE - 4, 0, 8));
            assertThrows(RuntimeException.class, () -> replaced.export(routine).apply(PAGE - 4, 0, 8));
        }
    }

    @Test
    void aModuleWithoutTheRoutinesIsLeftAsItIs() {
        byte[] other = module("copy_bytes", "move_bytes", "set_bytes", (byte) I32);
        BulkMemoryRoutines.Result result = BulkMemoryRoutines.replace(other);
        assertTrue(result.replaced().isEmpty());
        assertSame(other, result.module());
    }

    @Test
    void aRoutineOfAnotherTypeIsAnError() {
        byte[] wrongType = module("__memcpy", "memmove", "memset", (byte) ValueTypes.I64);
        MalformedModule e = assertThrows(MalformedModule.class, () -> BulkMemoryRoutines.replace(wrongType));
        assertTrue(e.getMessage().contains("__memcpy is not (i32, i32, i32) -> i32"), e.getMessage());
    }

    private static int disjointFrom(int dest, int n, Random random) {
        while (true) {
            int src = random.nextInt(PAGE - n + 1);
            if (src + n <= dest || dest + n <= src) {
                return src;
            }
        }
    }

    /** The memory after the call, its first four bytes replaced by the call's result. */
    private static String run(byte[] module, String routine, int dest, int src, int n) {
        Instance instance = instance(module);
        byte[] pattern = new byte[PAGE];
        new Random(dest * 31L + src).nextBytes(pattern);
        instance.memory().write(0, pattern);
        long result = instance.export(routine).apply(dest, src, n)[0];
        return result + ":" + java.util.HexFormat.of().formatHex(instance.memory().readBytes(0, PAGE));
    }

    private static Instance instance(byte[] module) {
        return Instance.builder(Parser.parse(module)).build();
    }

    /** A module exporting its memory (one page) and three routines as libc writes them, with loops. */
    private static byte[] module(String copyName, String moveName, String setName, byte resultType) {
        WasmWriter out = new WasmWriter().bytes(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        out.u8(1).sized(new WasmWriter().u32(1).u8(0x60).u32(3).u8(I32).u8(I32).u8(I32).u32(1).u8(resultType).toByteArray());
        out.u8(3).sized(new WasmWriter().u32(3).u32(0).u32(0).u32(0).toByteArray());
        out.u8(5).sized(new WasmWriter().u32(1).u8(0).u32(1).toByteArray());
        WasmWriter exports = new WasmWriter().u32(4).name("memory").u8(2).u32(0);
        List<String> names = List.of(copyName, moveName, setName);
        for (int f = 0; f < 3; f++) {
            exports.name(names.get(f)).u8(0).u32(f);
        }
        out.u8(7).sized(exports.toByteArray());
        byte[] copy = code(forwardCopy(), GET, 0, END);
        byte[] move = code(GET, 0, GET, 1, GT_U, IF, VOID, backwardCopy(), ELSE, forwardCopy(), END, GET, 0, END);
        byte[] set = code(BLOCK, VOID, LOOP, VOID, GET, 2, EQZ, BR_IF, 1,
                GET, 0, GET, 3, ADD, GET, 1, STORE8, 0, 0,
                GET, 3, CONST, 1, ADD, SET, 3, GET, 2, CONST, 1, SUB, SET, 2, BR, 0, END, END, GET, 0, END);
        WasmWriter code = new WasmWriter().u32(3);
        for (byte[] body : List.of(copy, move, set)) {
            code.sized(body); // with another result type the module is invalid: only its type is looked at
        }
        out.u8(10).sized(code.toByteArray());
        WasmWriter functionNames = new WasmWriter().u32(3);
        for (int f = 0; f < 3; f++) {
            functionNames.u32(f).name(names.get(f));
        }
        out.u8(0).sized(new WasmWriter().name("name").u8(1).sized(functionNames.toByteArray()).toByteArray());
        return out.toByteArray();
    }

    /** for (i = 0; n != 0; i++, n--) dest[i] = src[i], with local 3 as i. */
    private static int[] forwardCopy() {
        return new int[] {BLOCK, VOID, LOOP, VOID, GET, 2, EQZ, BR_IF, 1,
                GET, 0, GET, 3, ADD, GET, 1, GET, 3, ADD, LOAD8_U, 0, 0, STORE8, 0, 0,
                GET, 3, CONST, 1, ADD, SET, 3, GET, 2, CONST, 1, SUB, SET, 2, BR, 0, END, END};
    }

    /** while (n != 0) { n--; dest[n] = src[n]; } */
    private static int[] backwardCopy() {
        return new int[] {BLOCK, VOID, LOOP, VOID, GET, 2, EQZ, BR_IF, 1,
                GET, 2, CONST, 1, SUB, SET, 2,
                GET, 0, GET, 2, ADD, GET, 1, GET, 2, ADD, LOAD8_U, 0, 0, STORE8, 0, 0, BR, 0, END, END};
    }

    /** A function body with one i32 local: the given bytes, int arrays spliced in. */
    private static byte[] code(Object... parts) {
        WasmWriter body = new WasmWriter().u32(1).u32(1).u8(I32);
        for (Object part : parts) {
            if (part instanceof int[] run) {
                for (int b : run) {
                    body.u8(b);
                }
            } else {
                body.u8((Integer) part);
            }
        }
        return body.toByteArray();
    }
}
