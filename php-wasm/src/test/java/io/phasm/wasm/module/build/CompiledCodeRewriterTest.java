package io.phasm.wasm.module.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.internal.Compiler;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.Value;
import io.phasm.wasm.memory.FlatMemory;
import io.phasm.wasm.memory.PagedMemory;
import io.phasm.wasm.memory.SnapshotMemory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Fused comparisons decide branches as Chicory's helpers do: every integer comparison of wasm,
 * as the condition of an {@code if} and of a {@code br_if}, on operands at the edges of signed
 * and unsigned order, gives the same results as Chicory's interpreter and its unrewritten
 * compiled code, in both forms of unsigned comparison; and a method that the longer form would
 * take past the JVM's 64 KiB is still rewritten, in the compact form. Without the interruption
 * checks before calls, a loop that calls is still stopped by an interrupt (a request's time limit).
 * Functions with several results give the same values from the instance's reused arrays, also
 * when computing them called the same function again. Memory accesses pointed at the inlined
 * ones load, store, mark their pages and trap as Chicory's, on both memory layouts. Globals are
 * read and written in the memory that holds them, with the interpreter's values.
 */
class CompiledCodeRewriterTest {
    /** Compiled this way, the machine class takes the name given (the build's plugin appends "Machine"). */
    private static final String MACHINE = "io.phasm.test.Comparisons";
    private static final String MACHINE_CLASS = MACHINE.replace('.', '/');
    private static final String SHADED = MACHINE_CLASS + "Shaded";

    /** wasm opcode of each comparison: i32.eqz, then i32.eq … i32.ge_u; i64.eqz, i64.eq … i64.ge_u. */
    private static final String[] NAMES = {"eq", "ne", "lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"};
    private static final int I32_EQZ = 0x45, I64_EQZ = 0x50;

    private static final int[] INTS = {0, 1, -1, 2, -2, 0x7fff, 0x8000, 0xffff, Integer.MIN_VALUE, Integer.MAX_VALUE,
            Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1};
    private static final long[] LONGS = {0, 1, -1, 2, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1,
            Long.MAX_VALUE - 1, 1L << 31, -(1L << 31), 1L << 32, 0xffff_ffffL};

    @Test
    void fusedComparisonsDecideBranchesAsChicorysHelpers() throws Exception {
        WasmModule module = Parser.parse(comparisonModule());
        Map<String, byte[]> compiled = compile(module);
        Instance interpreted = Instance.builder(module).withImportValues(ImportValues.empty()).build();
        Instance unfused = instance(module, machines(compiled));
        for (boolean compact : new boolean[] {false, true}) {
            Map<String, byte[]> fused = new HashMap<>(compiled);
            int count = rewriteAll(fused, compact).fused();
            assertEquals(2 * 22, count, "every comparison of the module (22 ops, each in an if and a br_if)");
            assertFalse(callsAComparisonHelper(fused), "no comparison helper left");
            Instance rewritten = instance(module, machines(fused));
            for (String export : exports(module)) {
                for (long[] operands : operands(export)) {
                    long expected = interpreted.export(export).apply(operands)[0];
                    String call = export + java.util.Arrays.toString(operands);
                    assertEquals(expected, unfused.export(export).apply(operands)[0], call + " unfused");
                    assertEquals(expected, rewritten.export(export).apply(operands)[0], call + (compact ? " compact" : ""));
                }
            }
        }
        // the oracle agrees with Java's own unsigned order
        assertEquals(1, interpreted.export("if_i32_lt_u").apply(1, -1)[0]);
        assertEquals(0, interpreted.export("brif_i64_gt_u").apply(1, -1)[0]);
    }

    @Test
    void aMethodTheLongFormWouldTakePastTheLimitGetsTheCompactForm() throws Exception {
        int comparisons = 5_600; // Chicory compiles it under 64 KiB; 4 bytes more each would not fit
        WasmModule module = Parser.parse(manyUnsignedComparisons(comparisons));
        Map<String, byte[]> classes = compile(module);
        String group = classes.keySet().stream().filter(name -> name.contains("FuncGroup")).findFirst().orElseThrow();
        byte[] compiled = classes.get(group);
        CompiledCodeRewriter.Rewritten rewritten = rewrite(compiled);
        assertEquals(comparisons, rewritten.fused());
        assertTrue(calls(method(rewritten.bytes(), "func_0"), "java/lang/Integer", "compareUnsigned"), "compact form");
        assertTrue(method(compiled, "func_0").instructions.size() > 4 * comparisons, "the function is as large as meant");
        classes.put(group, rewritten.bytes());
        Instance instance = instance(module, machines(classes));
        assertEquals(1, instance.export("all_below").apply(1, -1)[0]);
        assertEquals(0, instance.export("all_below").apply(-1, 1)[0]);
        assertEquals(0, instance.export("all_below").apply(5, 5)[0]);
    }

    private static CompiledCodeRewriter.Rewritten rewrite(byte[] compiled) {
        return rewrite(compiled, LateCompilation.MIN_CODE_BYTES);
    }

    /** Rewrites as the build does, with memory accesses inlined in functions from inlineFrom bytes on. */
    private static CompiledCodeRewriter.Rewritten rewrite(byte[] compiled, int inlineFrom) {
        return CompiledCodeRewriter.rewrite(compiled, new CompareBranchFusion(SHADED), new CallSiteInterruptionChecks(SHADED),
                new ResultArrayReuse(MACHINE_CLASS), new GlobalsInMemory(SHADED), new MemoryAccessInlining(SHADED, inlineFrom));
    }

    @Test
    void inlinedMemoryAccessesLoadStoreAndTrapAsChicorysOnBothLayouts() throws Exception {
        WasmModule module = Parser.parse(memoryAccessModule());
        assertEquals(0, inlineAll(compile(module), LateCompilation.MIN_CODE_BYTES), "a small function keeps Chicory's accessors");
        Map<String, byte[]> classes = compile(module);
        assertEquals(13, inlineAll(classes, 0), "rw's six stores and six loads, one of each width and type, and peek's load");
        int end = 2 * 65536;
        long[] addresses = {0, 100, 65536 - 4, end - 28, end - 27, end - 9, end, -1, -20};
        long[] values = {0, 1, -1, 0x1234_5678_9abcL, -0x8000_0000L, 0x7f7f};
        for (Function<MemoryLimits, Memory> layout : List.<Function<MemoryLimits, Memory>>of(FlatMemory::new, PagedMemory::new)) {
            for (long address : addresses) {
                for (long value : values) {
                    Instance interpreted = Instance.builder(module).withImportValues(ImportValues.empty()).withMemoryFactory(layout).build();
                    Instance inlinedInstance = Instance.builder(module).withImportValues(ImportValues.empty())
                            .withMachineFactory(machines(classes)).withMemoryFactory(layout).build();
                    String call = "rw(" + address + ", " + value + ") on " + inlinedInstance.memory().getClass().getSimpleName();
                    assertEquals(outcome(interpreted, address, value), outcome(inlinedInstance, address, value), call);
                    assertArrayEquals(interpreted.memory().readBytes(0, end), inlinedInstance.memory().readBytes(0, end), call + ": memory");
                }
            }
        }
        Instance marked = Instance.builder(module).withImportValues(ImportValues.empty())
                .withMachineFactory(machines(classes)).withMemoryFactory(limits -> new FlatMemory(limits, new byte[2][])).build();
        FlatMemory flat = (FlatMemory) marked.memory(); // its image: two pages of zeros
        flat.reset();
        assertEquals(0, flat.writtenPages());
        marked.export("rw").apply(65536 + 100, 7);
        assertEquals(1, flat.writtenPages(), "the inlined stores mark the page they wrote");
        flat.reset();
        assertEquals(0, marked.export("peek").apply(65536 + 100)[0], "and the reset puts it back");
    }

    /** Rewrites every class as the build does, inlining from inlineFrom bytes on; returns the accesses inlined. */
    private static int inlineAll(Map<String, byte[]> classes, int inlineFrom) {
        int inlined = 0;
        for (Map.Entry<String, byte[]> compiled : classes.entrySet()) {
            CompiledCodeRewriter.Rewritten rewritten = rewrite(compiled.getValue(), inlineFrom);
            inlined += rewritten.inlinedAccesses();
            compiled.setValue(rewritten.bytes());
        }
        return inlined;
    }

    /** rw's result, or the trap it ended with. */
    private static String outcome(Instance instance, long address, long value) {
        try {
            return Long.toString(instance.export("rw").apply(address, value)[0]);
        } catch (WasmRuntimeException trap) {
            return "trap: " + trap.getMessage();
        }
    }

    @Test
    void aLoopThatCallsIsStillStoppedByAnInterrupt() throws Exception {
        // spin: loop { call nothing; br 0 } — forever, unless interrupted
        WasmModule module = Parser.parse(module(List.of(bytes(0x60, 0, 0)), List.of(bytes(0), bytes(0)),
                List.of(concat(name("spin"), bytes(0, 0))),
                List.of(body(bytes(0x03, 0x40, 0x10, 1, 0x0c, 0, 0x0b)), body(bytes()))));
        Map<String, byte[]> classes = compile(module);
        assertEquals(1, rewriteAll(classes, false).droppedChecks(), "the check before the call");
        Instance instance = instance(module, machines(classes));
        var stopped = new java.util.concurrent.CompletableFuture<Throwable>();
        Thread spinning = Thread.ofPlatform().start(() -> {
            try {
                instance.export("spin").apply();
                stopped.complete(null);
            } catch (Throwable e) {
                stopped.complete(e);
            }
        });
        Thread.sleep(200);
        assertFalse(stopped.isDone(), "spins until interrupted");
        spinning.interrupt();
        Throwable ended = stopped.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(ended instanceof com.dylibso.chicory.runtime.ChicoryInterruptedException, String.valueOf(ended));
    }

    @Test
    void severalResultsComeBackInTheInstancesOwnArrayWithTheSameValues() throws Exception {
        WasmModule module = Parser.parse(severalResultsModule());
        Map<String, byte[]> classes = compile(module);
        assertEquals(3, rewriteAll(classes, false).reusedResults(), "quad's two returns and the twin of its value_ helper");
        Instance interpreted = Instance.builder(module).withImportValues(ImportValues.empty()).build();
        Instance rewritten = Instance.builder(module).withImportValues(ImportValues.empty())
                .withMachineFactory(machines(classes)).withMemoryFactory(FlatMemory::new).build();
        for (int n = 0; n <= 12; n++) {
            assertArrayEquals(interpreted.export("quad").apply(n), rewritten.export("quad").apply(n).clone(), "quad(" + n + ")");
            assertEquals(interpreted.export("sum").apply(n)[0], rewritten.export("sum").apply(n)[0], "sum(" + n + ")");
        }
        assertEquals(4096 + 2 * 531441 + (3 + 12 / 2) + (4 + 78), interpreted.export("sum").apply(12)[0], "the oracle computes what the module says");
        long[] first = rewritten.export("quad").apply(3);
        assertSame(first, rewritten.export("quad").apply(4), "one array of four results per instance");
    }

    @Test
    void globalsAreReadAndWrittenInTheMemoryThatHoldsThem() throws Exception {
        WasmModule module = Parser.parse(globalsModule());
        Map<String, byte[]> compiled = compile(module);
        int redirected = 0;
        for (Map.Entry<String, byte[]> entry : compiled.entrySet()) {
            CompiledCodeRewriter.Rewritten rewritten = rewrite(entry.getValue());
            redirected += rewritten.globalAccesses();
            entry.setValue(rewritten.bytes());
            ClassNode node = parsed(rewritten.bytes());
            assertFalse(node.methods.stream().anyMatch(m -> calls(m, SHADED, "readGlobal") || calls(m, SHADED, "writeGlobal")),
                    "no access left to the instance's global objects in " + node.name);
        }
        assertEquals(10, redirected, "step's seven global.get and three global.set");
        for (Function<MemoryLimits, Memory> layout : List.<Function<MemoryLimits, Memory>>of(FlatMemory::new, PagedMemory::new)) {
            Instance interpreted = Instance.builder(module).withImportValues(ImportValues.empty()).build();
            Instance rewritten = Instance.builder(module).withImportValues(ImportValues.empty())
                    .withMachineFactory(machines(compiled)).withMemoryFactory(layout).build();
            SnapshotMemory memory = (SnapshotMemory) rewritten.memory();
            memory.holdGlobalsOf(rewritten);
            for (int x = -3; x <= 6; x++) {
                assertEquals(interpreted.export("step").apply(x)[0], rewritten.export("step").apply(x)[0], "step(" + x + ")");
            }
            long[] held = memory.globals();
            for (int i = 0; i < 4; i++) {
                assertEquals(interpreted.global(i).getValueLow(), held[i], "global " + i + " as the memory holds it");
            }
            assertEquals(7, rewritten.global(0).getValueLow(), "the instance's own global object kept its first value");
            held[0] = 1000; // the memory's globals are the ones compiled code reads
            memory.setGlobals(held);
            interpreted.global(0).setValue(1000);
            assertEquals(interpreted.export("step").apply(1)[0], rewritten.export("step").apply(1)[0], "step after setting global 0");
        }
    }

    @Test
    void aMemoryHoldsTheGlobalsOfItsOwnInstanceWhenNoneIsImported() {
        Instance importing = Instance.builder(Parser.parse(importedGlobalModule()))
                .withImportValues(ImportValues.builder().addGlobal(new ImportGlobal("env", "g", new GlobalInstance(Value.i32(1)))).build())
                .withMemoryFactory(FlatMemory::new).build();
        SnapshotMemory memory = (SnapshotMemory) importing.memory();
        IllegalArgumentException imported = assertThrows(IllegalArgumentException.class, () -> memory.holdGlobalsOf(importing));
        assertTrue(imported.getMessage().contains("imports 1 globals"), imported.getMessage());
        assertThrows(IllegalStateException.class, memory::globals, "holds nothing after refusing");
        Instance other = Instance.builder(Parser.parse(globalsModule())).withImportValues(ImportValues.empty())
                .withMemoryFactory(FlatMemory::new).build();
        assertThrows(IllegalArgumentException.class, () -> memory.holdGlobalsOf(other), "another instance's globals");
    }

    /** What rewriteAll did to all the classes together. */
    private record Counts(int fused, int droppedChecks, int reusedResults) {}

    /**
     * Rewrites every compiled class (functions may sit in the machine class or in groups of their
     * own), each method's unsigned comparisons in the compact form or not.
     */
    private static Counts rewriteAll(Map<String, byte[]> classes, boolean compact) {
        int fused = 0, dropped = 0, reused = 0;
        for (Map.Entry<String, byte[]> compiled : classes.entrySet()) {
            CompiledCodeRewriter.Rewritten rewritten = CompiledCodeRewriter.rewrite(compiled.getValue(),
                    new CompareBranchFusion(SHADED), new CallSiteInterruptionChecks(SHADED),
                    new ResultArrayReuse(MACHINE_CLASS), new GlobalsInMemory(SHADED), method -> compact);
            fused += rewritten.fused();
            dropped += rewritten.droppedChecks();
            reused += rewritten.reusedResults();
            compiled.setValue(rewritten.bytes());
        }
        return new Counts(fused, dropped, reused);
    }

    private static boolean callsAComparisonHelper(Map<String, byte[]> classes) {
        for (byte[] compiled : classes.values()) {
            ClassNode node = parsed(compiled);
            if (node.methods.stream().anyMatch(m -> calls(m, "com/dylibso/chicory/runtime/OpcodeImpl", null) && !node.name.equals(SHADED)
                    || calls(m, SHADED, "i32_ge_u"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean calls(MethodNode method, String owner, String name) {
        for (AbstractInsnNode at : method.instructions) {
            if (at instanceof MethodInsnNode call && call.owner.equals(owner) && (name == null || call.name.equals(name))) {
                return true;
            }
        }
        return false;
    }

    private static MethodNode method(byte[] compiled, String name) {
        return parsed(compiled).methods.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow();
    }

    private static ClassNode parsed(byte[] compiled) {
        ClassNode node = new ClassNode();
        new ClassReader(compiled).accept(node, 0);
        return node;
    }

    private static List<String> exports(WasmModule module) {
        List<String> exports = new ArrayList<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            exports.add(module.exportSection().getExport(i).name());
        }
        return exports;
    }

    private static List<long[]> operands(String export) {
        boolean wide = export.contains("i64"), unary = export.endsWith("eqz");
        long[] values = wide ? LONGS : java.util.Arrays.stream(INTS).asLongStream().toArray();
        List<long[]> all = new ArrayList<>();
        for (long a : values) {
            if (unary) {
                all.add(new long[] {a});
                continue;
            }
            for (long b : values) {
                all.add(new long[] {a, b});
            }
        }
        return all;
    }

    /**
     * Types: (i32 i32)->i32, (i64 i64)->i32, (i32)->i32, (i64)->i32. For every comparison OP, two
     * functions returning 1 when it holds: if_OP ({@code if (a OP b) 1 else 0}) and brif_OP
     * ({@code block (br_if 0 (a OP b)) (return 0) end; 1}).
     */
    private static byte[] comparisonModule() {
        List<byte[]> types = List.of(bytes(0x60, 2, 0x7f, 0x7f, 1, 0x7f), bytes(0x60, 2, 0x7e, 0x7e, 1, 0x7f),
                bytes(0x60, 1, 0x7f, 1, 0x7f), bytes(0x60, 1, 0x7e, 1, 0x7f));
        List<byte[]> functions = new ArrayList<>(), bodies = new ArrayList<>(), exports = new ArrayList<>();
        for (boolean wide : new boolean[] {false, true}) {
            for (boolean branch : new boolean[] {false, true}) {
                for (int op = 0; op <= NAMES.length; op++) { // 0: eqz
                    int opcode = (wide ? I64_EQZ : I32_EQZ) + op;
                    byte[] operands = op == 0 ? bytes(0x20, 0) : bytes(0x20, 0, 0x20, 1);
                    byte[] code = branch
                            ? concat(bytes(0x02, 0x40), operands, bytes(opcode, 0x0d, 0, 0x41, 0, 0x0f, 0x0b, 0x41, 1))
                            : concat(operands, bytes(opcode, 0x04, 0x7f, 0x41, 1, 0x05, 0x41, 0, 0x0b));
                    String name = (branch ? "brif_" : "if_") + (wide ? "i64_" : "i32_") + (op == 0 ? "eqz" : NAMES[op - 1]);
                    exports.add(concat(name(name), bytes(0), leb(functions.size())));
                    functions.add(bytes((op == 0 ? 2 : 0) + (wide ? 1 : 0)));
                    bodies.add(body(code));
                }
            }
        }
        return module(types, functions, exports, bodies);
    }

    /** all_below(a, b): 1 when a <u b, tested count times in a row (one function, br_if after each). */
    private static byte[] manyUnsignedComparisons(int count) {
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        code.writeBytes(bytes(0x02, 0x40));
        for (int i = 0; i < count; i++) {
            code.writeBytes(bytes(0x20, 0, 0x20, 1, 0x4f, 0x0d, 0)); // i32.ge_u: leave when not below
        }
        code.writeBytes(bytes(0x41, 1, 0x0f, 0x0b, 0x41, 0));
        return module(List.of(bytes(0x60, 2, 0x7f, 0x7f, 1, 0x7f)), List.of(bytes(0)),
                List.of(concat(name("all_below"), bytes(0, 0))), List.of(body(code.toByteArray())));
    }

    /**
     * quad(n) returns (i32 a, i64 b, f32 c, f64 d): (1, 2, 3.0, 4.0) for 0, else from quad(n - 1)'s
     * (a, b, c, d): (a + quad(n - 1)'s a, computed by calling it again after the first results were
     * unpacked; b * 3, c + 0.5, d + n). sum(n): quad(n)'s four results added as i64. One page of
     * memory, so that the instance has a Phasm memory to keep its arrays.
     */
    private static byte[] severalResultsModule() {
        byte[] locals = bytes(4, 1, 0x7f, 1, 0x7e, 1, 0x7d, 1, 0x7c); // a, b, c, d: locals 1-4
        byte[] unpack = bytes(0x21, 4, 0x21, 3, 0x21, 2, 0x21, 1);
        byte[] quad = concat(
                bytes(0x20, 0, 0x45, 0x04, 0x40, 0x41, 1, 0x42, 2, 0x43, 0, 0, 0x40, 0x40, 0x44, 0, 0, 0, 0, 0, 0, 0x10, 0x40, 0x0f, 0x0b),
                bytes(0x20, 0, 0x41, 1, 0x6b, 0x10, 0), unpack,
                bytes(0x20, 1, 0x20, 0, 0x41, 1, 0x6b, 0x10, 0, 0x1a, 0x1a, 0x1a, 0x6a), // a + first of quad(n - 1)
                bytes(0x20, 2, 0x42, 3, 0x7e), // b * 3
                bytes(0x20, 3, 0x43, 0, 0, 0, 0x3f, 0x92), // c + 0.5
                bytes(0x20, 4, 0x20, 0, 0xb7, 0xa0)); // d + n
        byte[] sum = concat(bytes(0x20, 0, 0x10, 0), unpack,
                bytes(0x20, 1, 0xac, 0x20, 2, 0x7c, 0x20, 3, 0xae, 0x7c, 0x20, 4, 0xb0, 0x7c));
        return module(List.of(bytes(0x60, 1, 0x7f, 4, 0x7f, 0x7e, 0x7d, 0x7c), bytes(0x60, 1, 0x7f, 1, 0x7e)),
                List.of(bytes(0), bytes(1)), bytes(1, 0, 1),
                List.of(concat(name("quad"), bytes(0, 0)), concat(name("sum"), bytes(0, 1))),
                List.of(body(locals, quad), body(locals, sum)));
    }

    /**
     * rw(address i32, value i64) -> i64: stores value at address as f64 (+20; first, so that a
     * negative address plus the offset would land in bounds), i64, i8 (+8), i16 (+10), i32 (+12)
     * and f32 (+16), then loads each back and adds them up: every accessor Chicory compiles, with
     * offsets. peek(address) -> i64: the i64 at address. Two pages of memory.
     */
    private static byte[] memoryAccessModule() {
        byte[] rw = concat(
                bytes(0x20, 0, 0x20, 1, 0xb9, 0x39, 3, 20),         // f64.store of f64.convert_i64_s
                bytes(0x20, 0, 0x20, 1, 0x37, 3, 0),                // i64.store
                bytes(0x20, 0, 0x20, 1, 0xa7, 0x3a, 0, 8),          // i32.store8
                bytes(0x20, 0, 0x20, 1, 0xa7, 0x3b, 1, 10),         // i32.store16
                bytes(0x20, 0, 0x20, 1, 0xa7, 0x36, 2, 12),         // i32.store
                bytes(0x20, 0, 0x20, 1, 0xb4, 0x38, 2, 16),         // f32.store of f32.convert_i64_s
                bytes(0x20, 0, 0x29, 3, 0),                         // i64.load
                bytes(0x20, 0, 0x2c, 0, 8, 0xac, 0x7c),             // + i32.load8_s
                bytes(0x20, 0, 0x2f, 1, 10, 0xad, 0x7c),            // + i32.load16_u
                bytes(0x20, 0, 0x28, 2, 12, 0xad, 0x7c),            // + i32.load
                bytes(0x20, 0, 0x2a, 2, 16, 0xae, 0x7c),            // + i64.trunc_f32_s of f32.load
                bytes(0x20, 0, 0x2b, 3, 20, 0xb0, 0x7c));           // + i64.trunc_f64_s of f64.load
        return module(List.of(bytes(0x60, 2, 0x7f, 0x7e, 1, 0x7e), bytes(0x60, 1, 0x7f, 1, 0x7e)),
                List.of(bytes(0), bytes(1)), bytes(1, 0, 2),
                List.of(concat(name("rw"), bytes(0, 0)), concat(name("peek"), bytes(0, 1))),
                List.of(body(rw), body(bytes(0x20, 0, 0x29, 3, 0))));
    }

    /**
     * Globals: 0 mutable i32 (7), 1 mutable i64 (-5), 2 mutable f64 (1.5), 3 immutable i32 (100).
     * step(x) -> i64: global 0 += x, global 1 = global 1 * 3 + x, global 2 *= 2.0, then returns
     * global 0 + global 1 + trunc(global 2) + global 3. One page of memory, so that the instance
     * has a Phasm memory to hold its globals.
     */
    private static byte[] globalsModule() {
        byte[] globals = concat(bytes(4),
                bytes(0x7f, 1, 0x41, 7, 0x0b), bytes(0x7e, 1, 0x42, 0x7b, 0x0b),
                bytes(0x7c, 1, 0x44, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f, 0x0b), bytes(0x7f, 0, 0x41, 0xe4, 0, 0x0b));
        byte[] step = concat(
                bytes(0x23, 0, 0x20, 0, 0x6a, 0x24, 0),                               // global 0 += x
                bytes(0x23, 1, 0x42, 3, 0x7e, 0x20, 0, 0xac, 0x7c, 0x24, 1),          // global 1 = global 1 * 3 + x
                bytes(0x23, 2, 0x44, 0, 0, 0, 0, 0, 0, 0, 0x40, 0xa2, 0x24, 2),       // global 2 *= 2.0
                bytes(0x23, 0, 0xac, 0x23, 1, 0x7c, 0x23, 2, 0xb0, 0x7c, 0x23, 3, 0xac, 0x7c));
        return module(List.of(bytes(0x60, 1, 0x7f, 1, 0x7e)), List.of(bytes(0)), bytes(1, 0, 1), globals,
                List.of(concat(name("step"), bytes(0, 0))), List.of(body(step)));
    }

    /** A module that imports an i32 global env.g and has one page of memory, nothing else. */
    private static byte[] importedGlobalModule() {
        ByteArrayOutputStream wasm = new ByteArrayOutputStream();
        wasm.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        section(wasm, 2, vector(List.of(concat(name("env"), name("g"), bytes(0x03, 0x7f, 0)))));
        section(wasm, 5, bytes(1, 0, 1));
        return wasm.toByteArray();
    }

    private static byte[] module(List<byte[]> types, List<byte[]> functions, List<byte[]> exports, List<byte[]> bodies) {
        return module(types, functions, null, exports, bodies);
    }

    private static byte[] module(List<byte[]> types, List<byte[]> functions, byte[] memories, List<byte[]> exports,
            List<byte[]> bodies) {
        return module(types, functions, memories, null, exports, bodies);
    }

    /** memories, globals: the memory and global sections' contents, null for none. */
    private static byte[] module(List<byte[]> types, List<byte[]> functions, byte[] memories, byte[] globals,
            List<byte[]> exports, List<byte[]> bodies) {
        ByteArrayOutputStream wasm = new ByteArrayOutputStream();
        wasm.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        section(wasm, 1, vector(types));
        section(wasm, 3, vector(functions));
        if (memories != null) {
            section(wasm, 5, memories);
        }
        if (globals != null) {
            section(wasm, 6, globals);
        }
        section(wasm, 7, vector(exports));
        section(wasm, 10, vector(bodies));
        return wasm.toByteArray();
    }

    private static Instance instance(WasmModule module, Function<Instance, Machine> machines) {
        return Instance.builder(module).withImportValues(ImportValues.empty()).withMachineFactory(machines).build();
    }

    private static Map<String, byte[]> compile(WasmModule module) {
        var result = Compiler.builder(module).withClassName(MACHINE).withInterpreterFallback(InterpreterFallback.FAIL).build().compile();
        Map<String, byte[]> classes = new HashMap<>();
        result.classBytes().forEach((name, bytes) -> classes.put(name.replace('/', '.'), bytes)); // names come both ways
        return classes;
    }

    /** The module's compiled classes, loaded apart from other tests'. */
    private static Function<Instance, Machine> machines(Map<String, byte[]> classes) throws Exception {
        ClassLoader loader = new ClassLoader(CompiledCodeRewriterTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        var constructor = loader.loadClass(MACHINE).getConstructor(Instance.class);
        return instance -> {
            try {
                return (Machine) constructor.newInstance(instance);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static byte[] body(byte[] code) {
        return body(bytes(0), code); // no locals
    }

    private static byte[] body(byte[] locals, byte[] code) {
        byte[] withEnd = concat(locals, code, bytes(0x0b));
        return concat(leb(withEnd.length), withEnd);
    }

    private static void section(ByteArrayOutputStream wasm, int id, byte[] content) {
        wasm.write(id);
        wasm.writeBytes(leb(content.length));
        wasm.writeBytes(content);
    }

    private static byte[] vector(List<byte[]> items) {
        return concat(leb(items.size()), concat(items.toArray(byte[][]::new)));
    }

    private static byte[] leb(int value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        do {
            int low = value & 0x7f;
            value >>>= 7;
            out.write(value == 0 ? low : low | 0x80);
        } while (value != 0);
        return out.toByteArray();
    }

    private static byte[] name(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return concat(leb(utf8.length), utf8);
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
