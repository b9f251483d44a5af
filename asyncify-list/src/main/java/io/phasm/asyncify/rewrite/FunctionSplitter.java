package io.phasm.asyncify.rewrite;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits one function until no body in it is larger than the limit. Bodies are taken inside
 * out, so by the time a body is looked at, the blocks in it are already within the limit. In a
 * body over the limit, runs of statements (stretches that begin and end with an empty operand
 * stack) are moved into parts, largest first — but the body's largest block (typically the loop
 * or switch that carries the function's hot path) only when nothing else is left to move, so
 * the hot path stays in one method where it can.
 */
final class FunctionSplitter {
    /**
     * Chicory passes params as JVM arguments and returns several results through a method that
     * takes them all as arguments. HotSpot's C2 refuses methods with more than about 75 argument
     * slots ("unsupported incoming calling sequence", measured on JDK 25), and any method that
     * calls one — such a part would run in C1 at best. i64 and f64 count twice, as the JVM counts.
     */
    static final int MAX_PARAM_SLOTS = 32;
    /** A part must save at least this many bytes over its call, else it is not worth a call. */
    static final int MIN_GAIN = 128;

    private final FunctionCode function;
    private final Outliner outliner;
    private final int limit;
    /** Branch types of the labels around the body being split: [0] innermost, last = the function. */
    private final List<byte[]> labels = new ArrayList<>();

    FunctionSplitter(FunctionCode function, Outliner outliner, int limit) {
        this.function = function;
        this.outliner = outliner;
        this.limit = limit;
    }

    void split() {
        labels.add(function.type.results());
        split(function.code, 0, function.type.results().length);
    }

    private void split(List<Instruction> body, int params, int results) {
        for (Instruction i : body) {
            if (i.isStructured()) {
                labels.addFirst(i.opcode == Instruction.LOOP ? i.signature.params() : i.signature.results());
                split(i.body, i.signature.params().length, i.signature.results().length);
                if (i.elseBody != null) {
                    split(i.elseBody, i.signature.params().length, i.signature.results().length);
                }
                labels.removeFirst();
                i.bodyChanged();
            }
        }
        for (int size = Instruction.sizeOf(body, 0, body.size()); size > limit; ) {
            Run run = choose(statements(body, params, results));
            if (run == null) {
                return; // nothing worth moving: the compiler will say if the function is still too large
            }
            List<Instruction> moved = new ArrayList<>(body.subList(run.from(), run.to()));
            List<Instruction> call = outliner.outline(moved, labels, run.endsUnreachable(), false);
            body.subList(run.from(), run.to()).clear();
            body.addAll(run.from(), call);
            int smaller = Instruction.sizeOf(body, 0, body.size());
            if (smaller >= size) {
                return; // the estimate was wrong about this run; moving more would not converge
            }
            size = smaller;
        }
    }

    /** Instructions [from, to) of a body that begin and end with an empty operand stack. */
    private record Statement(int from, int to, int size, BitSet locals, boolean block, boolean endsUnreachable) {}

    private record Run(int from, int to, int gain, boolean endsUnreachable) {}

    /**
     * The body's statements that can be moved. A statement boundary is a reachable point with an
     * empty stack; code after a branch belongs to the statement the branch ends. The last
     * statement can be moved only if it leaves nothing (or ends unreachable).
     */
    private List<Statement> statements(List<Instruction> body, int params, int results) {
        List<Integer> starts = new ArrayList<>();
        int height = params;
        boolean reachable = true;
        for (int i = 0; i < body.size(); i++) {
            if (reachable && height == 0) {
                starts.add(i);
            }
            Instruction in = body.get(i);
            if (reachable) {
                height += in.pushes - in.pops;
                reachable = !in.endsFlow;
            }
        }
        boolean lastMovable = !reachable || height == 0;
        List<Statement> out = new ArrayList<>();
        for (int s = 0; s < starts.size(); s++) {
            int from = starts.get(s);
            boolean last = s == starts.size() - 1;
            if (last && !lastMovable) {
                break;
            }
            int to = last ? body.size() : starts.get(s + 1);
            BitSet locals = new BitSet();
            Outliner.footprint(body.subList(from, to), labels.size()).used().forEach(locals::set);
            boolean block = body.subList(from, to).stream().anyMatch(Instruction::isStructured);
            out.add(new Statement(from, to, Instruction.sizeOf(body, from, to), locals, block, last && !reachable));
        }
        return out;
    }

    /** The run of statements worth most to move (bytes saved), or null. */
    private Run choose(List<Statement> statements) {
        int spine = -1;
        for (int s = 0; s < statements.size(); s++) {
            Statement st = statements.get(s);
            if (st.block() && st.size() > limit / 2 && (spine < 0 || st.size() > statements.get(spine).size())) {
                spine = s;
            }
        }
        Run best = null;
        for (int s = 0; s < statements.size(); ) {
            if (s == spine || !fits(statements.get(s).size(), statements.get(s).locals())) {
                s++;
                continue;
            }
            int size = 0;
            BitSet locals = new BitSet();
            int end = s;
            while (end < statements.size() && end != spine
                    && fits(size + statements.get(end).size(), union(locals, statements.get(end).locals()))) {
                size += statements.get(end).size();
                locals.or(statements.get(end).locals());
                end++;
            }
            best = better(best, run(statements, s, end, size, locals));
            s = end;
        }
        if (best == null && spine >= 0 && fits(statements.get(spine).size(), statements.get(spine).locals())) {
            Statement st = statements.get(spine);
            best = run(statements, spine, spine + 1, st.size(), st.locals());
        }
        return best;
    }

    private Run run(List<Statement> statements, int first, int end, int size, BitSet locals) {
        // a call costs a local.get per local passed and a local.set per local returned (~2 bytes each), plus the dispatch
        int gain = size - 4 * locals.cardinality() - 16;
        if (gain < MIN_GAIN) {
            return null;
        }
        Statement last = statements.get(end - 1);
        return new Run(statements.get(first).from(), last.to(), gain, last.endsUnreachable());
    }

    private static Run better(Run a, Run b) {
        return a == null || (b != null && b.gain() > a.gain()) ? b : a;
    }

    private boolean fits(int size, BitSet locals) {
        if (size > limit) {
            return false;
        }
        int slots = 0;
        for (int l = locals.nextSetBit(0); l >= 0; l = locals.nextSetBit(l + 1)) {
            byte t = function.localTypes.get(l);
            slots += t == ValueTypes.I64 || t == ValueTypes.F64 ? 2 : 1;
        }
        return slots <= MAX_PARAM_SLOTS;
    }

    private static BitSet union(BitSet a, BitSet b) {
        BitSet u = (BitSet) a.clone();
        u.or(b);
        return u;
    }
}
