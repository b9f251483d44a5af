package io.phasm.asyncify.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random huge functions give the same results split and unsplit, compiled by Chicory as Phasm
 * runs PHP — the split module with the compiler refusing to fall back to the interpreter, so
 * every part really ran as a JVM method. Limits of 1-4 KiB split each function into many parts,
 * parts of parts' call sites included. Seeds above 60 work on 24 i32 locals (PHP's large
 * functions have 80 and more), so runs press against the budget of parameter slots: that is
 * where a run once ended between a part's call and its dispatch (seed 252 caught it).
 *
 * <p>Chicory 1.7.5's interpreter is not a usable reference here: on a third of these programs it
 * disagrees with its own compiler about the unsplit module (and on a few split ones), while the
 * compiled split and unsplit modules agree on every one. Phasm no longer runs any function
 * interpreted (the build fails if one would be).
 */
class SplitEquivalenceTest {
    record Outcome(long result, List<Integer> records, int memoryHash) {}

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 260; s++) {
            seeds.add(s);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void splitCodeComputesWhatTheOriginalDid(long seed) {
        int size = 6_000 + (int) (seed * 997 % 30_000);
        int limit = 1_024 + (int) (seed * 131 % 3_000);
        boolean wide = seed > 60;
        byte[] original = RandomProgram.generate(seed, size, wide ? 24 : 8);
        ModuleSplitter.Result split = ModuleSplitter.split(original, limit);

        assertEquals(1, split.splits().size(), "run is the only function over the limit");
        ModuleSplitter.Split run = split.splits().getFirst();
        if (!wide) {
            // a wide program may have no run within the parameter budget: then only equivalence is checked
            assertTrue(run.parts() > 0, "run was split");
            assertTrue(run.bytesAfter() < run.bytesBefore(), run.toString());
        }
        for (int arg : new int[] {0, 1, (int) seed * 7919}) {
            Outcome expected = run(original, InterpreterFallback.WARN, arg);
            assertEquals(expected, run(split.module(), InterpreterFallback.FAIL, arg), "seed " + seed + " arg " + arg);
        }
    }

    /** Runs compiled; the unsplit original may be too large for that, so it may fall back. */
    static Outcome run(byte[] wasm, InterpreterFallback fallback, int arg) {
        WasmModule module = Parser.parse(wasm);
        List<Integer> records = new ArrayList<>();
        HostFunction record = new HostFunction("env", "record", FunctionType.of(List.of(ValType.I32), List.of()),
                (instance, args) -> {
                    records.add((int) args[0]);
                    return null;
                });
        Instance instance = Instance.builder(module).withImportValues(ImportValues.builder().addFunction(record).build())
                .withMachineFactory(MachineFactoryCompiler.builder(module).withInterpreterFallback(fallback).compile()).build();
        long result = instance.export("run").apply(arg)[0];
        byte[] memory = instance.memory().readBytes(0, 65536);
        return new Outcome(result, records, Arrays.hashCode(memory));
    }
}
