package io.phasm.asyncify.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random dispatches give the same results with their untaken cases moved into a part as
 * without, for any profile — none taken, some, all — both compiled as Phasm runs PHP, with no
 * interpreter fallback (Chicory's interpreter is no reference: see {@link SplitEquivalenceTest}). Half the seeds also split the rest of the function by size, so
 * the cold part's call site can itself end up in a size part.
 */
class DispatchSplitEquivalenceTest {
    static List<Long> seeds() {
        return java.util.stream.LongStream.rangeClosed(1, 120).boxed().toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void movingUntakenCasesChangesNothingButWhereTheyRun(long seed) {
        Random random = new Random(seed);
        int levels = 16 + random.nextInt(40);
        int cases = 16 + random.nextInt(60);
        byte[] original = RandomProgram.generateDispatch(seed, seed > 60 ? 24 : 8, levels, cases);
        BitSet taken = new BitSet();
        int profile = (int) (seed % 5);
        for (int c = 0; c < cases; c++) {
            if (profile == 4 || (profile > 0 && random.nextInt(5 - profile + 1) == 0)) {
                taken.set(c); // profile 0: nothing taken; 4: everything
            }
        }
        DispatchCases.Table table = new DispatchCases.Table("run", cases, taken);
        int limit = seed % 2 == 0 ? 1 << 20 : 1_024 + (int) (seed * 131 % 3_000);
        ModuleSplitter.Result split = ModuleSplitter.split(original, limit, new DispatchCases(List.of(table)));

        assertEquals(1, split.dispatches().size());
        String outcome = split.dispatches().getFirst().outcome();
        assertTrue(outcome.matches("\\d+ of \\d+ levels kept.*|left: every level.*"), outcome);
        if (profile == 0) {
            assertTrue(outcome.startsWith("0 of "), "nothing taken, every level not reached on the way in moves: " + outcome);
        }
        for (int arg : new int[] {0, 1, (int) seed * 7919, -5}) {
            assertEquals(SplitEquivalenceTest.run(original, com.dylibso.chicory.compiler.InterpreterFallback.FAIL, arg),
                    SplitEquivalenceTest.run(split.module(), com.dylibso.chicory.compiler.InterpreterFallback.FAIL, arg),
                    "seed " + seed + " arg " + arg + " (" + outcome + ")");
        }
    }
}
