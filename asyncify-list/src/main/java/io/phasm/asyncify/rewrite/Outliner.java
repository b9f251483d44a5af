package io.phasm.asyncify.rewrite;

import static io.phasm.asyncify.rewrite.Instruction.BLOCK;
import static io.phasm.asyncify.rewrite.Instruction.BR;
import static io.phasm.asyncify.rewrite.Instruction.BR_TABLE;
import static io.phasm.asyncify.rewrite.Instruction.EMPTY_BLOCK;
import static io.phasm.asyncify.rewrite.Instruction.GLOBAL_GET;
import static io.phasm.asyncify.rewrite.Instruction.GLOBAL_SET;
import static io.phasm.asyncify.rewrite.Instruction.LOCAL_GET;
import static io.phasm.asyncify.rewrite.Instruction.LOCAL_SET;
import static io.phasm.asyncify.rewrite.Instruction.RETURN;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Moves a run of a function's statements into a new function (a part) and puts a call in its
 * place. The run starts and ends with an empty operand stack, so the part needs no operands:
 * it takes every local the run uses as a parameter and returns every local the run writes.
 *
 * <p>A branch or return that leaves the run becomes an exit: in the part, it branches to one of
 * the blocks wrapped around the run, which records the exit's number (0 = the run ended
 * normally) and the branch's values and leaves through the part's one tail, where the results
 * are put together once; the caller then takes that branch itself, through a br_table on the
 * number. So control flow, and with it Asyncify's unwind and rewind paths (which
 * are plain branches on the state global), is exactly what it was.
 *
 * <p>Locals travel as the part's arguments and results, or, for a part that needs more than a
 * JVM method's arguments can carry, through {@link TransferGlobals}: then the part takes no
 * arguments and returns only its exit number.
 */
final class Outliner {
    private final ModuleBinary module;
    private final FunctionCode function;
    private final String name;
    private final TransferGlobals transferGlobals;
    /** The caller's local for the exit number, and its locals that carry exits' values, by type. */
    private int exitLocal = -1;
    private final Map<Byte, List<Integer>> valueLocals = new HashMap<>();
    private int parts;

    Outliner(ModuleBinary module, FunctionCode function, String name, TransferGlobals transferGlobals) {
        this.module = module;
        this.function = function;
        this.name = name;
        this.transferGlobals = transferGlobals;
    }

    int parts() {
        return parts;
    }

    /** What a run reads and writes, and where it leaves to. */
    record Footprint(TreeSet<Integer> used, TreeSet<Integer> written, Map<Integer, Integer> exits) {}

    /**
     * @param labels the branch types of the labels around the run: [0] the body the run is in,
     *               last the function itself (where a return goes)
     */
    static Footprint footprint(List<Instruction> run, int labels) {
        Footprint f = new Footprint(new TreeSet<>(), new TreeSet<>(), new LinkedHashMap<>());
        scan(run, 0, labels, f);
        return f;
    }

    private static void scan(List<Instruction> code, int depth, int labels, Footprint f) {
        for (Instruction i : code) {
            if (i.local >= 0) {
                f.used().add(i.local);
                if (i.opcode != LOCAL_GET) {
                    f.written().add(i.local);
                }
            } else if (i.labels != null) {
                for (int label : i.labels) {
                    if (label >= depth) {
                        f.exits().putIfAbsent(label - depth, f.exits().size() + 1);
                    }
                }
            } else if (i.opcode == RETURN) {
                f.exits().putIfAbsent(labels - 1, f.exits().size() + 1);
            } else if (i.isStructured()) {
                scan(i.body, depth + 1, labels, f);
                if (i.elseBody != null) {
                    scan(i.elseBody, depth + 1, labels, f);
                }
            }
        }
    }

    /**
     * Replaces the run by a call to a new part; returns the code that now stands in its place.
     *
     * @param throughGlobals pass locals through {@link TransferGlobals} instead of arguments and results
     */
    List<Instruction> outline(List<Instruction> run, List<byte[]> labelTypes, boolean endsUnreachable,
            boolean throughGlobals) {
        Footprint f = footprint(run, labelTypes.size());
        // The caller's exit number and exit values live only from a call to its dispatch, both in
        // the run if either is: in the part they are plain locals, not passed in or out (passing
        // them out would overwrite the part's own exit number and values on the way back).
        List<Integer> scratch = f.used().stream().filter(this::isScratch).toList();
        List<Integer> used = f.used().stream().filter(l -> !isScratch(l)).toList();
        List<Integer> written = f.written().stream().filter(l -> !isScratch(l)).toList();
        int exits = f.exits().size();
        byte[][] exitTypes = new byte[exits + 1][];
        int[] exitTarget = new int[exits + 1];
        f.exits().forEach((target, exit) -> {
            exitTarget[exit] = target;
            exitTypes[exit] = labelTypes.get(target);
        });

        // The exits' values travel in slots by type; different exits share slots (one exit is taken).
        List<Byte> slotTypes = new ArrayList<>();
        int[][] exitSlots = new int[exits + 1][];
        for (int e = 1; e <= exits; e++) {
            exitSlots[e] = slotsFor(exitTypes[e], slotTypes);
        }

        // The part: params = used locals, then its own locals for the slots.
        List<Byte> partLocals = new ArrayList<>();
        Map<Integer, Integer> partLocal = new HashMap<>();
        for (int local : used) {
            partLocal.put(local, partLocals.size());
            partLocals.add(function.localTypes.get(local));
        }
        int firstSlot = partLocals.size();
        partLocals.addAll(slotTypes);
        for (int local : scratch) {
            partLocal.put(local, partLocals.size());
            partLocals.add(function.localTypes.get(local));
        }
        List<Byte> outTypes = new ArrayList<>();
        written.forEach(w -> outTypes.add(function.localTypes.get(w)));
        outTypes.addAll(slotTypes);
        List<Byte> resultList = new ArrayList<>(throughGlobals ? List.of() : outTypes);
        if (exits > 0) {
            resultList.add(ValueTypes.I32);
        }
        List<Byte> inTypes = List.copyOf(partLocals.subList(0, firstSlot));
        int[] inGlobals = throughGlobals ? transferGlobals.assign(inTypes) : null;
        int[] outGlobals = throughGlobals ? transferGlobals.assign(outTypes) : null;
        FunctionType partType = new FunctionType(throughGlobals ? new byte[0] : bytes(inTypes), bytes(resultList));

        // block $taken (block $eK … (block $e1 run, exit 0) e1's values to slots, exit 1 …) then the
        // one way out: every exit records its number and leaves through the same tail.
        int exitNumber = exits > 0 ? partLocals.size() : -1;
        if (exits > 0) {
            partLocals.add(ValueTypes.I32);
        }
        List<Instruction> code = remap(run, 0, partLocal, f.exits(), labelTypes.size());
        if (endsUnreachable) {
            // dead code at the run's end may leave values the block it came from wanted; this
            // empties the stack for the exit blocks' ends (as the caller's copy does after the call)
            code.add(Instruction.unreachable());
        } else if (exits > 0) {
            code.addAll(leave(0, exitNumber, exits));
        }
        for (int e = 1; e <= exits; e++) {
            List<Instruction> wrapped = Instruction.list(Instruction.structured(BLOCK, blockType(exitTypes[e]),
                    new FunctionType(new byte[0], exitTypes[e]), code, null));
            for (int k = exitSlots[e].length - 1; k >= 0; k--) {
                wrapped.add(Instruction.local(LOCAL_SET, firstSlot + exitSlots[e][k]));
            }
            wrapped.addAll(leave(e, exitNumber, exits - e));
            code = wrapped;
        }
        if (exits > 0) {
            code = Instruction.list(Instruction.block(code));
        }
        code.addAll(results(written, partLocal, firstSlot, slotTypes.size(), exitNumber, outGlobals));
        if (throughGlobals) {
            List<Instruction> prologue = new ArrayList<>();
            for (int p = 0; p < firstSlot; p++) {
                prologue.add(Instruction.global(GLOBAL_GET, inGlobals[p]));
                prologue.add(Instruction.local(LOCAL_SET, p));
            }
            code.addAll(0, prologue);
        }
        FunctionCode part = new FunctionCode(partType, partLocals, code);
        int partIndex = module.addFunction(partType, part.encode(), PartNames.part(name, ++parts));

        // The caller: pass the locals, take them back, then follow the exit the part took.
        List<Instruction> call = new ArrayList<>();
        for (int u = 0; u < used.size(); u++) {
            call.add(Instruction.local(LOCAL_GET, used.get(u)));
            if (throughGlobals) {
                call.add(Instruction.global(GLOBAL_SET, inGlobals[u]));
            }
        }
        call.add(Instruction.call(partIndex, partType));
        if (exits > 0) {
            call.add(Instruction.local(LOCAL_SET, exitLocal()));
        }
        for (int s = slotTypes.size() - 1; s >= 0; s--) {
            if (throughGlobals) {
                call.add(Instruction.global(GLOBAL_GET, outGlobals[written.size() + s]));
            }
            call.add(Instruction.local(LOCAL_SET, valueLocal(slotTypes, s)));
        }
        for (int w = written.size() - 1; w >= 0; w--) {
            if (throughGlobals) {
                call.add(Instruction.global(GLOBAL_GET, outGlobals[w]));
            }
            call.add(Instruction.local(LOCAL_SET, written.get(w)));
        }
        List<Instruction> replacement = exits > 0 ? Instruction.list(dispatch(call, exits, exitTarget, exitSlots, slotTypes)) : call;
        if (endsUnreachable) {
            replacement.add(Instruction.unreachable());
        }
        return replacement;
    }

    /** Slots (indices into slotTypes, added as needed) for an exit's values: the k-th of a type takes that type's k-th slot. */
    private static int[] slotsFor(byte[] types, List<Byte> slotTypes) {
        int[] slots = new int[types.length];
        Map<Byte, Integer> seen = new HashMap<>();
        for (int v = 0; v < types.length; v++) {
            int k = seen.merge(types[v], 1, Integer::sum) - 1;
            int found = -1;
            for (int s = 0, n = 0; s < slotTypes.size(); s++) {
                if (slotTypes.get(s) == types[v] && n++ == k) {
                    found = s;
                    break;
                }
            }
            if (found < 0) {
                slotTypes.add(types[v]);
                found = slotTypes.size() - 1;
            }
            slots[v] = found;
        }
        return slots;
    }

    /** The run, moved into the part: locals renumbered, branches that leave it sent to its exit blocks. */
    private List<Instruction> remap(List<Instruction> code, int depth, Map<Integer, Integer> partLocal,
            Map<Integer, Integer> exits, int labels) {
        List<Instruction> out = new ArrayList<>(code.size());
        for (Instruction i : code) {
            if (i.local >= 0) {
                out.add(Instruction.local(i.opcode, partLocal.get(i.local)));
            } else if (i.labels != null) {
                int[] moved = i.labels.clone();
                for (int k = 0; k < moved.length; k++) {
                    if (moved[k] >= depth) {
                        moved[k] = depth + exits.get(moved[k] - depth) - 1;
                    }
                }
                out.add(i.withLabels(moved));
            } else if (i.opcode == RETURN) {
                out.add(Instruction.branch(BR, depth + exits.get(labels - 1) - 1));
            } else if (i.isStructured()) {
                out.add(i.withBodies(remap(i.body, depth + 1, partLocal, exits, labels),
                        i.elseBody == null ? null : remap(i.elseBody, depth + 1, partLocal, exits, labels)));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** Records the exit's number and branches to the part's tail, this many blocks out. */
    private static List<Instruction> leave(int exit, int exitNumber, int depth) {
        return Instruction.list(Instruction.i32Const(exit), Instruction.local(LOCAL_SET, exitNumber),
                Instruction.branch(BR, depth));
    }

    /**
     * The part's tail: the written locals, the exit's values and the exit's number, left on the
     * stack as its results — or, with outGlobals, the first two set in those globals.
     */
    private static List<Instruction> results(List<Integer> written, Map<Integer, Integer> partLocal, int firstSlot,
            int slots, int exitNumber, int[] outGlobals) {
        List<Instruction> out = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        written.forEach(w -> values.add(partLocal.get(w)));
        for (int s = 0; s < slots; s++) {
            values.add(firstSlot + s);
        }
        for (int v = 0; v < values.size(); v++) {
            out.add(Instruction.local(LOCAL_GET, values.get(v)));
            if (outGlobals != null) {
                out.add(Instruction.global(GLOBAL_SET, outGlobals[v]));
            }
        }
        if (exitNumber >= 0) {
            out.add(Instruction.local(LOCAL_GET, exitNumber));
        }
        return out;
    }

    /**
     * block $ok (the call; block $eK … (block $e1 (br_table $ok $e1 … $eK (exit number))) values of e1, br to its target …).
     * Exit e's landing sits inside K - e + 1 blocks, so a target t outside the run is label t + K - e + 1.
     * The call sits in the same block as its dispatch so that the two are one statement: a later run
     * must not take the call without the dispatch, which reads the exit number the call left in the
     * caller's scratch locals (a run that ended between them would not hand those back).
     */
    private Instruction dispatch(List<Instruction> call, int exits, int[] exitTarget, int[][] exitSlots,
            List<Byte> slotTypes) {
        int[] table = new int[exits + 2];
        table[0] = exits;
        for (int e = 1; e <= exits; e++) {
            table[e] = e - 1;
        }
        table[exits + 1] = exits;
        List<Instruction> code = Instruction.list(Instruction.local(LOCAL_GET, exitLocal), Instruction.branch(BR_TABLE, table));
        for (int e = 1; e <= exits; e++) {
            List<Instruction> outer = Instruction.list(Instruction.block(code));
            for (int slot : exitSlots[e]) {
                outer.add(Instruction.local(LOCAL_GET, valueLocal(slotTypes, slot)));
            }
            outer.add(Instruction.branch(BR, exitTarget[e] + exits - e + 1));
            code = outer;
        }
        List<Instruction> body = new ArrayList<>(call);
        body.addAll(code);
        return Instruction.block(body);
    }

    private boolean isScratch(int local) {
        return local == exitLocal || valueLocals.values().stream().anyMatch(l -> l.contains(local));
    }

    private int exitLocal() {
        if (exitLocal < 0) {
            exitLocal = function.addLocal(ValueTypes.I32);
        }
        return exitLocal;
    }

    /** The caller's local for slot s: the k-th slot of its type maps to the caller's k-th local of that type. */
    private int valueLocal(List<Byte> slotTypes, int slot) {
        byte type = slotTypes.get(slot);
        int k = 0;
        for (int s = 0; s < slot; s++) {
            if (slotTypes.get(s) == type) {
                k++;
            }
        }
        List<Integer> locals = valueLocals.computeIfAbsent(type, t -> new ArrayList<>());
        while (locals.size() <= k) {
            locals.add(function.addLocal(type));
        }
        return locals.get(k);
    }

    private long blockType(byte[] results) {
        return switch (results.length) {
            case 0 -> EMPTY_BLOCK;
            case 1 -> results[0] - 0x80;
            default -> module.typeIndex(new FunctionType(new byte[0], results));
        };
    }

    private static byte[] bytes(List<Byte> list) {
        byte[] out = new byte[list.size()];
        for (int i = 0; i < list.size(); i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
