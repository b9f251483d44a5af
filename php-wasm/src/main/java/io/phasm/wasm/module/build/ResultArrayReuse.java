package io.phasm.wasm.module.build;

import static io.phasm.wasm.module.build.CompiledCodeRewriter.MEMORY_DESCRIPTOR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Makes compiled functions with several results return them in an array the instance keeps
 * ({@code io.phasm.wasm.memory.CallResults}) instead of a new one per call. Chicory 1.7.5 ends
 * such a function with a call of the machine's {@code value_TYPES(values...)}, which allocates the
 * {@code long[]} and fills it, then {@code areturn}; its callers store the array in a local and
 * load every element from it before anything else. PHP.wasm's split parts return their written
 * locals this way, on every iteration of PCRE's and SQLite's loops (regex.php allocated 4 GB of
 * them in six rounds).
 *
 * <p>The rewrite: each {@code value_TYPES} helper gets a twin {@code results_TYPES(values...,
 * Memory)} whose {@code newarray} asks {@code CallResults.of(memory, count)} instead, and each
 * function passes its memory parameter to the twin. Safe because a caller has unpacked the array
 * before it calls anything that could fill it again (checked here at every call of a function
 * returning {@code long[]}: a caller of another shape fails the build), and an instance runs on
 * one thread at a time. Values are filled as before, so nothing else changes.
 */
final class ResultArrayReuse {
    private static final String CALL_RESULTS = "io/phasm/wasm/memory/CallResults";
    private static final String HELPER = "value_", TWIN = "results_";

    private final String machineClass;

    /** machineClass: the internal name of the compiled module's machine class, which holds the value_ helpers. */
    ResultArrayReuse(String machineClass) {
        this.machineClass = machineClass;
    }

    /** Adds the twin of every value_ helper to the machine class (nothing to other classes); returns how many. */
    int addTwins(ClassNode node) {
        if (!node.name.equals(machineClass)) {
            return 0;
        }
        List<MethodNode> twins = new ArrayList<>();
        for (MethodNode helper : node.methods) {
            if (isValueHelper(helper.name, helper.desc)) {
                twins.add(twin(helper));
            }
        }
        node.methods.addAll(twins);
        return twins.size();
    }

    /**
     * Passes the function's memory to the twins instead of calling the value_ helpers, and checks
     * that every call's array is unpacked at once; returns how many returns were changed.
     */
    int reuse(MethodNode method) {
        if (!method.name.startsWith("func_")) {
            return 0;
        }
        int memory = memoryParameter(method);
        int changed = 0;
        for (AbstractInsnNode at = method.instructions.getFirst(); at != null; at = at.getNext()) {
            if (!(at instanceof MethodInsnNode call)) {
                continue;
            }
            if (call.getOpcode() == Opcodes.INVOKESTATIC && call.owner.equals(machineClass) && isValueHelper(call.name, call.desc)) {
                if (memory < 0) {
                    throw shape(method, "returns several results but has no Memory parameter");
                }
                method.instructions.insertBefore(call, new VarInsnNode(Opcodes.ALOAD, memory));
                call.name = twinName(call.name);
                call.desc = twinDescriptor(call.desc);
                changed++;
            } else if (returnsCompiledResults(call) && !unpackedAtOnce(call)) {
                throw shape(method, "keeps the results of " + call.owner + "." + call.name + " past their unpacking");
            }
        }
        if (changed > 0) {
            method.maxStack++; // the memory, pushed above the values
        }
        return changed;
    }

    /** helper's copy with a Memory parameter last, whose array comes from CallResults.of(memory, count). */
    private static MethodNode twin(MethodNode helper) {
        MethodNode twin = new MethodNode(helper.access, twinName(helper.name), twinDescriptor(helper.desc), null, null);
        int memory = memoryParameter(twin);
        // a copy (the helper stays for anything else that calls it), labels too if it had any
        Map<LabelNode, LabelNode> labels = new HashMap<>();
        for (AbstractInsnNode at : helper.instructions) {
            if (at instanceof LabelNode label) {
                labels.put(label, new LabelNode());
            }
        }
        for (AbstractInsnNode at : helper.instructions) {
            twin.instructions.add(at.clone(labels));
        }
        AbstractInsnNode allocation = null;
        for (AbstractInsnNode at : twin.instructions) {
            if (at instanceof IntInsnNode newArray && newArray.getOpcode() == Opcodes.NEWARRAY && newArray.operand == Opcodes.T_LONG) {
                if (allocation != null) {
                    throw new IllegalStateException(helper.name + " allocates two arrays: not Chicory's value_ helper shape");
                }
                allocation = at;
            }
        }
        if (allocation == null) {
            throw new IllegalStateException(helper.name + " allocates no long[]: not Chicory's value_ helper shape");
        }
        // stack: count → memory, count → the instance's array
        twin.instructions.insertBefore(allocation, new VarInsnNode(Opcodes.ALOAD, memory));
        twin.instructions.insertBefore(allocation, new InsnNode(Opcodes.SWAP));
        twin.instructions.set(allocation, new MethodInsnNode(Opcodes.INVOKESTATIC, CALL_RESULTS, "of", "(" + MEMORY_DESCRIPTOR + "I)[J"));
        twin.maxLocals = memory + 1;
        twin.maxStack = helper.maxStack + 1;
        return twin;
    }

    /** Whether a method of the machine class is Chicory's helper that allocates and fills a function's results. */
    private static boolean isValueHelper(String name, String descriptor) {
        return name.startsWith(HELPER) && descriptor.endsWith(")[J");
    }

    private static String twinName(String helperName) {
        return TWIN + helperName.substring(HELPER.length());
    }

    /** The helper's parameters, then the instance's Memory. */
    private static String twinDescriptor(String helperDescriptor) {
        return helperDescriptor.replace(")[J", MEMORY_DESCRIPTOR + ")[J");
    }

    /** Whether call is of a compiled function (directly or through a table) that returns several results. */
    private static boolean returnsCompiledResults(MethodInsnNode call) {
        return call.desc.endsWith(")[J") && (call.name.startsWith("func_") || call.name.startsWith("call_indirect"));
    }

    /** The local slot of the method's Memory parameter (the last one Chicory passes), -1 if none. */
    private static int memoryParameter(MethodNode method) {
        int slot = (method.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1, memory = -1;
        for (Type parameter : Type.getArgumentTypes(method.desc)) {
            if (parameter.getDescriptor().equals(MEMORY_DESCRIPTOR)) {
                memory = slot;
            }
            slot += parameter.getSize();
        }
        return memory;
    }

    /**
     * Whether the array call returns is stored in a local and only loaded from until its last
     * element is read: {@code astore n; (aload n; const; laload; conversions)*}, or returned as it is.
     */
    private static boolean unpackedAtOnce(MethodInsnNode call) {
        AbstractInsnNode next = call.getNext();
        if (next.getOpcode() == Opcodes.ARETURN) {
            return true; // a dispatch or call wrapper handing the array on: its own caller unpacks it
        }
        if (!(next instanceof VarInsnNode store) || store.getOpcode() != Opcodes.ASTORE) {
            return false;
        }
        AbstractInsnNode at = store.getNext();
        while (at instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD && load.var == store.var) {
            AbstractInsnNode index = load.getNext();
            if (!isIntConstant(index) || index.getNext().getOpcode() != Opcodes.LALOAD) {
                return false;
            }
            at = index.getNext().getNext();
            while (isConversion(at)) {
                at = at.getNext();
            }
        }
        // after the unpacking, the local is not read again before the next call stores another array in it
        for (; at != null; at = at.getNext()) {
            if (at instanceof VarInsnNode use && use.var == store.var) {
                return use.getOpcode() == Opcodes.ASTORE;
            }
        }
        return true;
    }

    private static boolean isIntConstant(AbstractInsnNode at) {
        int opcode = at.getOpcode();
        return opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5 || opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH;
    }

    private static boolean isConversion(AbstractInsnNode at) {
        return at != null && at.getOpcode() == Opcodes.L2I || at instanceof MethodInsnNode call
                && call.owner.equals("com/dylibso/chicory/wasm/types/Value") && call.name.startsWith("longTo");
    }

    private static IllegalStateException shape(MethodNode method, String problem) {
        return new IllegalStateException(method.name + " " + problem + ": not Chicory 1.7.5's shape, results cannot be reused");
    }
}
