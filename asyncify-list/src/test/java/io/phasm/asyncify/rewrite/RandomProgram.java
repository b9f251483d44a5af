package io.phasm.asyncify.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a module whose exported {@code run(i32) -> i64} is one huge function of random,
 * valid, terminating code of every shape the splitter must handle: deep nesting, loops,
 * br_if/br_table to any enclosing label (with values too), returns from deep inside, multi-value
 * blocks with params and results, dead code after branches, calls to a helper and to a host
 * import (the host records what it is passed), memory loads and stores, a mutable global (as
 * Asyncify's state is one). What {@code run} computes depends on every local and the global; the
 * test also compares memory and the host's records.
 */
final class RandomProgram {
    static final int RECORD = 0, HELPER = 1, RUN = 2;
    private static final int I64_LOCALS = 4, F64_LOCALS = 2, MAX_LOOPS = 4, MAX_DEPTH = 7;
    private static final byte I32 = ValueTypes.I32, I64 = ValueTypes.I64;
    /** type indices: 0 ()->(), 1 (i32)->(i64), 2 (i32 i64)->(i32), 3 (i32)->(), 4 ()->(i32 i64), 5 (i32 i64)->(i32 i64) */
    private static final int T_RUN = 1, T_HELPER = 2, T_RECORD = 3, T_PAIR = 4, T_PAIR_PARAMS = 5;

    private record Label(boolean loop, byte[] types) {}

    private final Random random;
    private final WasmWriter code = new WasmWriter();
    private final List<Label> labels = new ArrayList<>();
    private int loops;
    /**
     * Labels below this one are out of reach: inside a block that is part of an expression,
     * Chicory 1.7.5's compiler mishandles branches out past the operands the expression holds
     * (it fails to verify; the interpreter is right), so the program does not branch there.
     */
    private int floor;
    /** Labels below this one do not count towards the nesting limit (a dispatch's levels). */
    private int depthBase;

    /** Locals: the param and the other i32s, then the i64s, the f64s, the loop counters. */
    private final int i32Locals, i64First, f64First, counterFirst;

    private RandomProgram(long seed, int i32Locals) {
        this.random = new Random(seed);
        this.i32Locals = i32Locals;
        i64First = i32Locals;
        f64First = i64First + I64_LOCALS;
        counterFirst = f64First + F64_LOCALS;
    }

    /**
     * @param i32Locals how many i32 locals (the param included) the code works on: few make
     *                  small parts, many (as in PHP's large functions) make parts with long
     *                  parameter lists and many results
     */
    static byte[] generate(long seed, int size, int i32Locals) {
        RandomProgram p = new RandomProgram(seed, i32Locals);
        p.labels.add(new Label(false, new byte[] {I64}));
        while (p.code.size() < size) {
            p.statement();
        }
        p.checksum();
        return p.module();
    }

    /**
     * A program around a dispatch as clang compiles a {@code switch} in a loop: a br_table of
     * {@code cases} targets (the last its default) in a nest of {@code levels} blocks, each
     * followed by its case code, which may fall into the next, branch to any outer level or out
     * of the loop, or return; the loop runs six rounds, each on a selector of its own.
     */
    static byte[] generateDispatch(long seed, int i32Locals, int levels, int cases) {
        RandomProgram p = new RandomProgram(seed, i32Locals);
        p.labels.add(new Label(false, new byte[] {I64}));
        p.statements(2);
        p.dispatch(levels, cases);
        p.statements(2);
        p.checksum();
        return p.module();
    }

    private void dispatch(int levels, int cases) {
        int counter = counterFirst + loops++;
        code.u8(0x41).signed(6).u8(0x21).u32(counter);
        code.u8(0x03).u8(0x40);
        labels.add(new Label(true, new byte[0]));
        int outside = labels.size() - 1; // the loop: its label and those beyond it are outside the nest
        for (int k = 0; k < levels; k++) {
            code.u8(0x02).u8(0x40);
            labels.add(new Label(false, new byte[0]));
        }
        // selector: (e + counter * 7) rem_u cases, so each round takes another case
        i32(0);
        code.u8(0x20).u32(counter).u8(0x41).signed(7).u8(0x6C).u8(0x6A).u8(0x41).signed(cases).u8(0x70);
        List<Integer> beyond = new ArrayList<>();
        for (int i = floor; i < outside; i++) {
            if (labels.get(i).types().length == 0) {
                beyond.add(i);
            }
        }
        code.u8(0x0E).u32(cases - 1);
        for (int i = 0; i < cases; i++) {
            int target = !beyond.isEmpty() && random.nextInt(12) == 0
                    ? beyond.get(random.nextInt(beyond.size()))
                    : outside + 1 + random.nextInt(levels);
            code.u32(labels.size() - 1 - target);
        }
        int outerBase = depthBase;
        for (int k = 0; k < levels; k++) {
            labels.removeLast();
            code.u8(0x0B);
            depthBase = labels.size() - 1 - (MAX_DEPTH - 3); // case code nests three deep at most
            statements(2); // level k's case code
        }
        depthBase = outerBase;
        code.u8(0x20).u32(counter).u8(0x41).signed(1).u8(0x6B).u8(0x22).u32(counter).u8(0x0D).u32(0);
        labels.removeLast();
        code.u8(0x0B);
        loops--;
    }

    private int depth() {
        return labels.size() - 1 - depthBase;
    }

    private void statement() {
        int choice = random.nextInt(depth() >= MAX_DEPTH ? 5 : 16);
        switch (choice) {
            case 0 -> { i32(0); code.u8(0x21).u32(1 + random.nextInt(i32Locals - 1)); }
            case 1 -> { i64(0); code.u8(0x21).u32(i64First + random.nextInt(I64_LOCALS)); }
            case 2 -> { f64(0); code.u8(0x21).u32(f64First + random.nextInt(F64_LOCALS)); }
            case 3 -> { address(); i32(0); code.u8(0x36).u32(2).u32(0); }
            case 4 -> { i32(0); code.u8(0x10).u32(RECORD); }
            case 5 -> block();
            case 6 -> ifElse();
            case 7 -> loop();
            case 8 -> branchIf();
            case 9 -> tableSwitch();
            case 10 -> { if (floor > 0) { statement(); return; }
                         i32(0); code.u8(0x04).u8(0x40); labels.add(new Label(false, new byte[0]));
                         i64(1); code.u8(0x0F); labels.removeLast(); code.u8(0x0B); }
            case 11 -> pairBlock();
            case 12 -> pairParamsBlock();
            case 13 -> { i32(0); i64(0); code.u8(0x10).u32(HELPER); code.u8(0x21).u32(1 + random.nextInt(i32Locals - 1)); }
            case 14 -> { code.u8(0x23).u32(0); i32(0); code.u8(0x73); // global ^= e, kept in a local too
                         code.u8(0x22).u32(1 + random.nextInt(i32Locals - 1)); code.u8(0x24).u32(0); }
            default -> { address(); code.u8(0x28).u32(2).u32(0); code.u8(0x21).u32(1 + random.nextInt(i32Locals - 1)); }
        }
    }

    private void statements(int max) {
        for (int n = 1 + random.nextInt(max); n > 0; n--) {
            statement();
        }
    }

    private void block() {
        code.u8(0x02).u8(0x40);
        labels.add(new Label(false, new byte[0]));
        statements(6);
        if (random.nextInt(4) == 0) {
            tableSwitch();
            statements(2); // dead code after br_table
        }
        labels.removeLast();
        code.u8(0x0B);
    }

    private void ifElse() {
        i32(0);
        code.u8(0x04).u8(0x40);
        labels.add(new Label(false, new byte[0]));
        statements(5);
        if (random.nextBoolean()) {
            code.u8(0x05);
            statements(5);
        }
        labels.removeLast();
        code.u8(0x0B);
    }

    /** A loop that runs 1-3 times: its counter is its own local, so inner loops cannot disturb it. */
    private void loop() {
        if (loops >= MAX_LOOPS) {
            block();
            return;
        }
        int counter = counterFirst + loops++;
        code.u8(0x41).signed(1 + random.nextInt(3)).u8(0x21).u32(counter);
        code.u8(0x03).u8(0x40);
        labels.add(new Label(true, new byte[0]));
        statements(5);
        code.u8(0x20).u32(counter).u8(0x41).signed(1).u8(0x6B).u8(0x22).u32(counter).u8(0x0D).u32(0);
        labels.removeLast();
        code.u8(0x0B);
        loops--;
    }

    /** br_if to any enclosing label but a loop (which could spin), with the label's values. */
    private void branchIf() {
        List<Integer> targets = new ArrayList<>();
        for (int i = floor; i < labels.size(); i++) {
            if (!labels.get(i).loop()) {
                targets.add(i);
            }
        }
        int target = targets.get(random.nextInt(targets.size()));
        byte[] types = labels.get(target).types();
        for (byte t : types) {
            value(t);
        }
        i32(0);
        code.u8(0x0D).u32(labels.size() - 1 - target);
        for (int i = 0; i < types.length; i++) {
            code.u8(0x1A);
        }
    }

    /** br_table over enclosing labels that take no values: the code after it is dead. */
    private void tableSwitch() {
        List<Integer> targets = new ArrayList<>();
        for (int i = floor; i < labels.size(); i++) {
            if (!labels.get(i).loop() && labels.get(i).types().length == 0) {
                targets.add(i);
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        i32(0);
        int n = random.nextInt(5);
        code.u8(0x0E).u32(n);
        for (int i = 0; i <= n; i++) {
            code.u32(labels.size() - 1 - targets.get(random.nextInt(targets.size())));
        }
    }

    /** block (result i32 i64): statements, then the two values, taken into locals. */
    private void pairBlock() {
        code.u8(0x02).signed(T_PAIR);
        labels.add(new Label(false, new byte[] {I32, I64}));
        statements(5);
        i32(0);
        i64(0);
        labels.removeLast();
        code.u8(0x0B);
        code.u8(0x21).u32(i64First + random.nextInt(I64_LOCALS));
        code.u8(0x21).u32(1 + random.nextInt(i32Locals - 1));
    }

    /** block (param i32 i64) (result i32 i64): takes its params into locals first. */
    private void pairParamsBlock() {
        i32(0);
        i64(0);
        code.u8(0x02).signed(T_PAIR_PARAMS);
        labels.add(new Label(false, new byte[] {I32, I64}));
        int a = 1 + random.nextInt(i32Locals - 1), b = i64First + random.nextInt(I64_LOCALS);
        code.u8(0x21).u32(b).u8(0x21).u32(a);
        statements(5);
        code.u8(0x20).u32(a).u8(0x20).u32(b);
        labels.removeLast();
        code.u8(0x0B);
        code.u8(0x21).u32(b).u8(0x21).u32(a);
    }

    private void value(byte type) {
        if (type == I32) {
            i32(0);
        } else {
            i64(0);
        }
    }

    private void address() {
        code.u8(0x41).signed(random.nextInt(1024) * 4);
    }

    private void i32(int nesting) {
        int choice = nesting > 3 ? random.nextInt(3) : random.nextInt(13);
        switch (choice) {
            case 0 -> code.u8(0x41).signed(random.nextInt());
            case 1, 2 -> code.u8(0x20).u32(random.nextInt(i32Locals));
            case 3 -> {
                i32(nesting + 1);
                i32(nesting + 1);
                int[] ops = {0x6A, 0x6B, 0x6C, 0x71, 0x72, 0x73, 0x74, 0x76, 0x77, 0x46, 0x49};
                code.u8(ops[random.nextInt(ops.length)]);
            }
            case 4 -> { i64(nesting + 1); code.u8(0xA7); }
            case 5 -> { i32(nesting + 1); code.u8(0x45); }
            case 6 -> { i32(nesting + 1); i32(nesting + 1); i32(nesting + 1); code.u8(0x1B); }
            case 7 -> { address(); code.u8(0x28).u32(2).u32(0); }
            case 8 -> { code.u8(0x20).u32(f64First + random.nextInt(F64_LOCALS)); code.u8(0xFC).u32(2); }
            case 9 -> { i32(nesting + 1); code.u8(0xC0); }
            case 10 -> { i32(nesting + 1); i64(nesting + 1); code.u8(0x10).u32(HELPER); }
            default -> {
                if (depth() >= MAX_DEPTH) {
                    code.u8(0x41).signed(nesting);
                    return;
                }
                code.u8(0x02).u8(I32); // block (result i32) inside an expression
                labels.add(new Label(false, new byte[] {I32}));
                int outerFloor = floor;
                floor = labels.size() - 1;
                statements(3);
                i32(nesting + 1);
                floor = outerFloor;
                labels.removeLast();
                code.u8(0x0B);
            }
        }
    }

    private void i64(int nesting) {
        switch (nesting > 3 ? random.nextInt(2) : random.nextInt(5)) {
            case 0 -> code.u8(0x42).signed(random.nextLong());
            case 1 -> code.u8(0x20).u32(i64First + random.nextInt(I64_LOCALS));
            case 2 -> { i32(nesting + 1); code.u8(random.nextBoolean() ? 0xAC : 0xAD); }
            default -> {
                i64(nesting + 1);
                i64(nesting + 1);
                int[] ops = {0x7C, 0x7D, 0x7E, 0x83, 0x84, 0x85, 0x89};
                code.u8(ops[random.nextInt(ops.length)]);
            }
        }
    }

    private void f64(int nesting) {
        switch (random.nextInt(3)) {
            case 0 -> { i32(nesting + 1); code.u8(0xB7); }
            case 1 -> code.u8(0x20).u32(f64First + random.nextInt(F64_LOCALS));
            default -> { f64(nesting + 1); i32(nesting + 1); code.u8(0xB7).u8(random.nextBoolean() ? 0xA0 : 0xA2); }
        }
    }

    /** run's result: every local folded into one i64 (f64s through a saturating truncation). */
    private void checksum() {
        code.u8(0x42).signed(0);
        for (int l = 0; l < counterFirst; l++) {
            code.u8(0x42).signed(7).u8(0x89); // rotl 7
            code.u8(0x20).u32(l);
            if (l < i64First) {
                code.u8(0xAD);
            } else if (l >= f64First) {
                code.u8(0xFC).u32(6);
            }
            code.u8(0x85);
        }
        code.u8(0x23).u32(0).u8(0xAD).u8(0x85);
    }

    private byte[] module() {
        WasmWriter m = new WasmWriter().bytes(new byte[] {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00});
        WasmWriter types = new WasmWriter().u32(6);
        type(types, new byte[0], new byte[0]);
        type(types, new byte[] {I32}, new byte[] {I64});
        type(types, new byte[] {I32, I64}, new byte[] {I32});
        type(types, new byte[] {I32}, new byte[0]);
        type(types, new byte[0], new byte[] {I32, I64});
        type(types, new byte[] {I32, I64}, new byte[] {I32, I64});
        m.u8(1).sized(types.toByteArray());
        m.u8(2).sized(new WasmWriter().u32(1).name("env").name("record").u8(0).u32(T_RECORD).toByteArray());
        m.u8(3).sized(new WasmWriter().u32(2).u32(T_HELPER).u32(T_RUN).toByteArray());
        m.u8(5).sized(new WasmWriter().u32(1).u8(0).u32(1).toByteArray());
        m.u8(6).sized(new WasmWriter().u32(1).u8(I32).u8(1).u8(0x41).signed(0).u8(0x0B).toByteArray());
        m.u8(7).sized(new WasmWriter().u32(2).name("run").u8(0).u32(RUN).name("memory").u8(2).u32(0).toByteArray());
        // helper(a, b) = a * 31 ^ wrap(b >> 7)
        byte[] helper = new WasmWriter().u32(0).u8(0x20).u32(0).u8(0x41).signed(31).u8(0x6C).u8(0x20).u32(1)
                .u8(0x42).signed(7).u8(0x88).u8(0xA7).u8(0x73).u8(0x0B).toByteArray();
        byte[] runLocals = new WasmWriter().u32(4).u32(i32Locals - 1).u8(I32).u32(I64_LOCALS).u8(I64).u32(F64_LOCALS)
                .u8(ValueTypes.F64).u32(MAX_LOOPS).u8(I32).toByteArray();
        byte[] runBody = new WasmWriter().bytes(runLocals).bytes(code.toByteArray()).u8(0x0B).toByteArray();
        m.u8(10).sized(new WasmWriter().u32(2).sized(helper).sized(runBody).toByteArray());
        WasmWriter names = new WasmWriter().u32(3).u32(RECORD).name("record").u32(HELPER).name("helper").u32(RUN).name("run");
        m.u8(0).sized(new WasmWriter().name("name").u8(1).sized(names.toByteArray()).toByteArray());
        return m.toByteArray();
    }

    private static void type(WasmWriter out, byte[] params, byte[] results) {
        out.u8(0x60).u32(params.length).bytes(params).u32(results.length).bytes(results);
    }
}
