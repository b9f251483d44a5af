package io.phasm.asyncify.rewrite;

import static io.phasm.asyncify.rewrite.Instruction.BLOCK;
import static io.phasm.asyncify.rewrite.Instruction.BR;
import static io.phasm.asyncify.rewrite.Instruction.BR_TABLE;
import static io.phasm.asyncify.rewrite.Instruction.EMPTY_BLOCK;
import static io.phasm.asyncify.rewrite.Instruction.LOCAL_GET;
import static io.phasm.asyncify.rewrite.Instruction.LOCAL_SET;
import static io.phasm.asyncify.rewrite.Instruction.LOOP;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Moves the cases of a br_table dispatch that a workload does not take into one part, so the
 * loop that dispatches stays small enough for the JIT compilers (PCRE2's match, SQLite's VDBE:
 * C1 refuses the whole loop, and C2 takes minutes to get to it).
 *
 * <p>The dispatch is the shape clang gives a {@code switch}: the br_table sits in a nest of
 * blocks, its levels; level d's case code is what follows the d-th block around the br_table.
 * A level is kept ("hot") if a taken case goes to it, if code on the way to the br_table
 * branches to it, or if a hot level's code falls or branches into it. The other levels' code
 * moves into the part, in a nest of its own with a br_table of its own on the same selector,
 * so the hot code never enters a cold level directly: only the br_table does. The hot function's
 * br_table sends the cold cases to a call of the part; where the part's code falls or branches
 * into a hot level, or out of the dispatch, it leaves through an {@link Outliner} exit and the
 * caller takes that branch. The cold blocks stay in the hot function, followed by
 * {@code unreachable}: no path reaches their ends any more.
 *
 * <p>The part is entered rarely and uses many of the function's locals, so they travel through
 * {@link TransferGlobals}.
 */
final class DispatchSplitter {
    private final FunctionCode function;
    private final Outliner outliner;

    DispatchSplitter(FunctionCode function, Outliner outliner) {
        this.function = function;
        this.outliner = outliner;
    }

    /** Where an instruction sits: the body that holds it and its index there. */
    private record Place(List<Instruction> body, int index) {
        Instruction instruction() {
            return body.get(index);
        }
    }

    /** The br_tables of this length, in code order. */
    List<Instruction> tables(int targets) {
        List<Instruction> found = new ArrayList<>();
        collect(function.code, targets, found);
        return found;
    }

    private static void collect(List<Instruction> code, int targets, List<Instruction> found) {
        for (Instruction i : code) {
            if (i.opcode == BR_TABLE && i.labels.length == targets) {
                found.add(i);
            } else if (i.isStructured()) {
                collect(i.body, targets, found);
                if (i.elseBody != null) {
                    collect(i.elseBody, targets, found);
                }
            }
        }
    }

    /**
     * Splits the dispatch of this br_table (an instruction of the function, found by
     * {@link #tables}); returns a line for the build log.
     */
    String split(Instruction table, BitSet taken) {
        List<Place> path = pathTo(function.code, table, new ArrayList<>());
        if (path == null) {
            return "left: its br_table moved into a part of an earlier dispatch";
        }
        Dispatch d = new Dispatch(path);
        if (d.top < 0) {
            return "left: its br_table is not the innermost of a nest of plain blocks";
        }
        BitSet hot = d.hotLevels(taken);
        BitSet cold = new BitSet();
        cold.set(0, d.top + 1);
        cold.andNot(hot);
        if (cold.isEmpty()) {
            return "left: every level of its " + (d.top + 1) + " is taken or reached from a taken one";
        }
        int hotBytes = 0, coldBytes = 0;
        for (int level = 0; level <= d.top; level++) {
            List<Instruction> code = d.caseCode(level);
            int size = Instruction.sizeOf(code, 0, code.size());
            if (cold.get(level)) {
                coldBytes += size;
            } else {
                hotBytes += size;
            }
        }
        List<Instruction> run = d.coldNest(cold);
        List<Instruction> call = outliner.outline(run, d.labelTypesAtTable(), true, true);
        d.removeColdCode(cold);
        d.sendColdCasesTo(cold, call);
        d.bodiesChanged();
        return String.format("%d of %d levels kept (%,d bytes of case code), %d moved to a part (%,d bytes)",
                hot.cardinality(), d.top + 1, hotBytes, cold.cardinality(), coldBytes);
    }

    private static List<Place> pathTo(List<Instruction> body, Instruction target, List<Place> path) {
        for (int i = 0; i < body.size(); i++) {
            Instruction in = body.get(i);
            path.add(new Place(body, i));
            if (in == target) {
                return path;
            }
            if (in.isStructured()) {
                if (pathTo(in.body, target, path) != null) {
                    return path;
                }
                if (in.elseBody != null && pathTo(in.elseBody, target, path) != null) {
                    return path;
                }
            }
            path.removeLast();
        }
        return null;
    }

    /** One dispatch: its br_table and the levels around it. */
    private final class Dispatch {
        private final List<Place> path;
        private final Place table;
        /** Level d's block sits at place(d) (d = 0 is the block around the br_table). */
        private final List<Place> levels = new ArrayList<>();
        /** The outermost level; -1 when the br_table is not in a plain block. */
        final int top;

        Dispatch(List<Place> path) {
            this.path = path;
            this.table = path.getLast();
            if (heightBefore(table) == 1) {
                for (int k = path.size() - 2; k >= 0; k--) {
                    Place p = path.get(k);
                    Instruction block = p.instruction();
                    // a level's case code must start with an empty stack: nothing left below its block,
                    // no params of the structure around it
                    boolean paramsAround = k > 0 && path.get(k - 1).instruction().signature.params().length > 0;
                    if (block.opcode != BLOCK || block.blockType != EMPTY_BLOCK || heightBefore(p) != 0 || paramsAround) {
                        break;
                    }
                    levels.add(p);
                }
            }
            int outermost = levels.size() - 1;
            // falling off the outermost level's code into a loop's end leaves the loop, which no
            // branch can say: such a level stays where it is
            if (outermost >= 0 && enclosingIsLoop(outermost) && fallsThrough(caseCode(outermost))) {
                outermost--;
            }
            this.top = outermost;
        }

        /** The code after level d's block, in the body of the structure around it. */
        List<Instruction> caseCode(int level) {
            Place p = levels.get(level);
            return p.body().subList(p.index() + 1, p.body().size());
        }

        private boolean enclosingIsLoop(int level) {
            int k = path.size() - 3 - level;
            return k >= 0 && path.get(k).instruction().opcode == LOOP;
        }

        BitSet hotLevels(BitSet taken) {
            BitSet hot = new BitSet();
            for (int c = taken.nextSetBit(0); c >= 0; c = taken.nextSetBit(c + 1)) {
                if (c < table.instruction().labels.length) {
                    level(table.instruction().labels[c], hot);
                }
            }
            // the code on the way in: the selector, and whatever precedes each level's block
            branchTargets(table.body().subList(0, table.index()), 0, 0, hot);
            for (int level = 0; level < levels.size(); level++) {
                Place p = levels.get(level);
                branchTargets(p.body().subList(0, p.index()), level + 1, 0, hot);
            }
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int h = hot.nextSetBit(0); h >= 0 && h <= top; h = hot.nextSetBit(h + 1)) {
                    int before = hot.cardinality();
                    branchTargets(caseCode(h), h + 1, 0, hot);
                    if (fallsThrough(caseCode(h))) {
                        level(h + 1, hot);
                    }
                    grew |= hot.cardinality() != before;
                }
            }
            return hot;
        }

        private void level(int level, BitSet hot) {
            if (level <= top) {
                hot.set(level);
            }
        }

        /** Marks the levels that code branches to; its label 0 at depth 0 is level `base`. */
        private void branchTargets(List<Instruction> code, int base, int depth, BitSet hot) {
            for (Instruction i : code) {
                if (i.labels != null) {
                    for (int label : i.labels) {
                        if (label >= depth) {
                            level(base + label - depth, hot);
                        }
                    }
                } else if (i.isStructured()) {
                    branchTargets(i.body, base, depth + 1, hot);
                    if (i.elseBody != null) {
                        branchTargets(i.elseBody, base, depth + 1, hot);
                    }
                }
            }
        }

        /** Branch types of the labels around the br_table: [0] level 0's block … the function. */
        List<byte[]> labelTypesAtTable() {
            List<byte[]> types = new ArrayList<>();
            for (int k = path.size() - 2; k >= 0; k--) {
                Instruction s = path.get(k).instruction();
                types.add(s.opcode == LOOP ? s.signature.params() : s.signature.results());
            }
            types.add(function.type.results());
            return types;
        }

        /**
         * The cold levels' code as one run to stand where the br_table is: block $cN … (block $c1
         * (block (br_table on the selector)) unreachable) code of c1 … code of cN, each level's
         * code renumbered for its new place. A branch to a hot level or out of the dispatch
         * becomes a branch out of the run (the part's exit); so does a fall into a hot level.
         */
        List<Instruction> coldNest(BitSet cold) {
            int[] rank = new int[top + 1];
            int m = 0;
            for (int c = cold.nextSetBit(0); c >= 0; c = cold.nextSetBit(c + 1)) {
                rank[c] = m++;
            }
            int[] labels = table.instruction().labels;
            int[] coldTable = new int[labels.length];
            for (int i = 0; i < labels.length; i++) {
                coldTable[i] = movedLevel(labels[i], cold) ? rank[labels[i]] + 1 : 0;
            }
            List<Instruction> entry = Instruction.list(Instruction.local(LOCAL_GET, selector()),
                    Instruction.branch(BR_TABLE, coldTable));
            List<Instruction> nest = Instruction.list(Instruction.block(entry), Instruction.unreachable());
            for (int c = cold.nextSetBit(0); c >= 0; c = cold.nextSetBit(c + 1)) {
                int around = m - 1 - rank[c]; // cold blocks around this level's code in the run
                List<Instruction> code = Instruction.list(Instruction.block(nest));
                code.addAll(renumber(caseCode(c), 0, c, around, cold, rank));
                if (fallsThrough(caseCode(c)) && (c == top || !cold.get(c + 1))) {
                    code.add(Instruction.branch(BR, around + c + 1));
                }
                nest = code;
            }
            return nest;
        }

        private List<Instruction> renumber(List<Instruction> code, int depth, int level, int around, BitSet cold, int[] rank) {
            List<Instruction> out = new ArrayList<>(code.size());
            for (Instruction i : code) {
                if (i.labels != null) {
                    int[] moved = i.labels.clone();
                    for (int k = 0; k < moved.length; k++) {
                        if (moved[k] >= depth) {
                            int target = level + 1 + moved[k] - depth; // level number, or beyond the top
                            moved[k] = depth + (movedLevel(target, cold)
                                    ? rank[target] - rank[level] - 1
                                    : around + target);
                        }
                    }
                    out.add(i.withLabels(moved));
                } else if (i.isStructured()) {
                    out.add(i.withBodies(renumber(i.body, depth + 1, level, around, cold, rank),
                            i.elseBody == null ? null : renumber(i.elseBody, depth + 1, level, around, cold, rank)));
                } else {
                    out.add(i);
                }
            }
            return out;
        }

        /** Cold levels' code is in the part now: nothing reaches the ends of their blocks. */
        void removeColdCode(BitSet cold) {
            for (int c = cold.nextSetBit(0); c >= 0; c = cold.nextSetBit(c + 1)) {
                caseCode(c).clear();
                Place p = levels.get(c);
                p.body().add(Instruction.unreachable());
            }
        }

        /** selector; local.set $s; block (local.get $s; br_table: cold cases to 0, the rest one further) the part's call. */
        void sendColdCasesTo(BitSet cold, List<Instruction> call) {
            int[] labels = table.instruction().labels;
            int[] hotTable = new int[labels.length];
            for (int i = 0; i < labels.length; i++) {
                hotTable[i] = movedLevel(labels[i], cold) ? 0 : labels[i] + 1;
            }
            List<Instruction> body = table.body();
            body.subList(table.index(), body.size()).clear();
            body.add(Instruction.local(LOCAL_SET, selector()));
            body.add(Instruction.block(Instruction.list(Instruction.local(LOCAL_GET, selector()), Instruction.branch(BR_TABLE, hotTable))));
            body.addAll(call);
        }

        /** Forgets the cached sizes of the blocks around the br_table, whose bodies changed. */
        void bodiesChanged() {
            for (Place p : path.subList(0, path.size() - 1)) {
                p.instruction().bodyChanged();
            }
        }

        /** Whether a br_table target is a level whose code moved to the part. */
        private boolean movedLevel(int label, BitSet cold) {
            return label <= top && cold.get(label);
        }

        private int selector = -1;

        /** The local that holds the br_table's operand, for the part's own br_table. */
        private int selector() {
            if (selector < 0) {
                selector = function.addLocal(ValueTypes.I32);
            }
            return selector;
        }
    }

    /** Stack height just before this place, counted from its body's start (-1 if unreachable there). */
    private static int heightBefore(Place p) {
        int height = 0;
        for (int i = 0; i < p.index(); i++) {
            Instruction in = p.body().get(i);
            if (in.endsFlow) {
                return -1;
            }
            height += in.pushes - in.pops;
        }
        return height;
    }

    /** Whether control can run off the end of this code (conservatively: unless it ends in a branch, return or trap). */
    private static boolean fallsThrough(List<Instruction> code) {
        return code.isEmpty() || !code.getLast().endsFlow;
    }
}
