package io.phasm.wasm.module.build;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Turns a wasm comparison whose result only decides a branch into the JVM's own compare-and-branch
 * instruction. Chicory 1.7.5 compiles {@code i32.lt_u; br_if} (and {@code if}) to a call of a
 * helper that returns 0 or 1, then {@code ifeq}/{@code ifne} on it: PHP.wasm's compiled code holds
 * ~160,000 such calls. Compiled and inlined they cost nothing, but a method run by the JVM's
 * interpreter (every method before it is hot; the largest ones, which C1 and C2 refuse, for good)
 * pays a call each, and C2 inlines nothing into a method as large as {@code php_pcre2_match}'s
 * body, where each is a real call that spills every live local. Fused, {@code I32_LT_S; ifne L}
 * becomes {@code if_icmplt L}; nothing else changes, so the stack map frames stay valid (no label
 * is added or moved).
 *
 * <p>Unsigned i32 comparisons flip both operands' sign bits and compare signed (four more bytes
 * than the call). Where that would take a method past the JVM's 64 KiB, and for unsigned i64
 * (rare in PHP.wasm), they go through {@code Integer/Long.compareUnsigned} instead: still a
 * call in the interpreter, an intrinsic for C2, never larger than Chicory's code.
 * {@code I32_GE_U} is compiled as the machine's {@code Shaded.i32_ge_u}, which routes through a
 * workaround for a JVM bug of Java 17 and older; Phasm runs on 25, so it is fused like the others.
 * Floating-point comparisons (NaN rules, a few hundred calls) are left as they are.
 */
final class CompareBranchFusion {
    private static final String OPCODES = "com/dylibso/chicory/runtime/OpcodeImpl";
    private static final String SHADED_GE_U = "i32_ge_u";

    private enum Relation {
        EQ(Opcodes.IFEQ, Opcodes.IF_ICMPEQ), NE(Opcodes.IFNE, Opcodes.IF_ICMPNE),
        LT(Opcodes.IFLT, Opcodes.IF_ICMPLT), GE(Opcodes.IFGE, Opcodes.IF_ICMPGE),
        GT(Opcodes.IFGT, Opcodes.IF_ICMPGT), LE(Opcodes.IFLE, Opcodes.IF_ICMPLE);

        /** Branch if the int on the stack is in this relation to zero. */
        final int againstZero;
        /** Branch if the two ints on the stack are in this relation. */
        final int betweenInts;

        Relation(int againstZero, int betweenInts) {
            this.againstZero = againstZero;
            this.betweenInts = betweenInts;
        }

        Relation negated() {
            return switch (this) {
                case EQ -> NE;
                case NE -> EQ;
                case LT -> GE;
                case GE -> LT;
                case GT -> LE;
                case LE -> GT;
            };
        }

        /** a R b holds exactly when b R.swapped() a does. */
        Relation swapped() {
            return switch (this) {
                case LT -> GT;
                case GT -> LT;
                case LE -> GE;
                case GE -> LE;
                default -> this;
            };
        }
    }

    /** One wasm comparison: of two operands, or of one against zero ({@code eqz}). */
    private record Comparison(boolean wide, Relation relation, boolean unsigned, boolean withZero) {}

    private static final Map<String, Comparison> COMPARISONS = comparisons();

    private static Map<String, Comparison> comparisons() {
        Map<String, Comparison> table = new HashMap<>();
        for (boolean wide : new boolean[] {false, true}) {
            String type = wide ? "I64_" : "I32_";
            table.put(type + "EQZ", new Comparison(wide, Relation.EQ, false, true));
            table.put(type + "EQ", new Comparison(wide, Relation.EQ, false, false));
            table.put(type + "NE", new Comparison(wide, Relation.NE, false, false));
            for (Relation relation : new Relation[] {Relation.LT, Relation.GE, Relation.GT, Relation.LE}) {
                table.put(type + relation + "_S", new Comparison(wide, relation, false, false));
                table.put(type + relation + "_U", new Comparison(wide, relation, true, false));
            }
        }
        return Map.copyOf(table);
    }

    private final String shadedClass;

    /** shadedClass: the internal name of the compiled module's helper class (MACHINE + "Shaded"). */
    CompareBranchFusion(String shadedClass) {
        this.shadedClass = shadedClass;
    }

    /**
     * Fuses every comparison call directly followed by {@code ifeq}/{@code ifne} in method;
     * compact keeps unsigned i32 comparisons at the call's size. Returns how many it fused.
     */
    int fuse(MethodNode method, boolean compact) {
        int fused = 0;
        for (AbstractInsnNode at = method.instructions.getFirst(); at != null; at = at.getNext()) {
            Comparison comparison = comparison(at);
            if (comparison == null || !(at.getNext() instanceof JumpInsnNode branch)
                    || (branch.getOpcode() != Opcodes.IFEQ && branch.getOpcode() != Opcodes.IFNE)) {
                continue;
            }
            // ifne jumps when the comparison holds, ifeq when it does not
            Relation taken = branch.getOpcode() == Opcodes.IFNE ? comparison.relation : comparison.relation.negated();
            InsnList fusedCode = branchIf(comparison, taken, branch.label, compact);
            AbstractInsnNode last = fusedCode.getLast();
            method.instructions.insert(branch, fusedCode);
            method.instructions.remove(at);
            method.instructions.remove(branch);
            at = last;
            fused++;
        }
        if (fused > 0) {
            method.maxStack += 2; // the sign flip's constant; a long's worth for lconst_0
        }
        return fused;
    }

    private Comparison comparison(AbstractInsnNode instruction) {
        if (!(instruction instanceof MethodInsnNode call) || call.getOpcode() != Opcodes.INVOKESTATIC) {
            return null;
        }
        if (call.owner.equals(OPCODES)) {
            return COMPARISONS.get(call.name);
        }
        return call.owner.equals(shadedClass) && call.name.equals(SHADED_GE_U) ? COMPARISONS.get("I32_GE_U") : null;
    }

    /** Code that takes the operands the comparison's call took and jumps to target if taken holds. */
    private static InsnList branchIf(Comparison comparison, Relation taken, LabelNode target, boolean compact) {
        InsnList code = new InsnList();
        if (comparison.wide) {
            if (comparison.withZero) {
                code.add(new InsnNode(Opcodes.LCONST_0));
            }
            if (comparison.unsigned) {
                code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Long", "compareUnsigned", "(JJ)I"));
            } else {
                code.add(new InsnNode(Opcodes.LCMP));
            }
            code.add(new JumpInsnNode(taken.againstZero, target));
        } else if (comparison.withZero) {
            code.add(new JumpInsnNode(taken.againstZero, target));
        } else if (!comparison.unsigned) {
            code.add(new JumpInsnNode(taken.betweenInts, target));
        } else if (compact) {
            code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Integer", "compareUnsigned", "(II)I"));
            code.add(new JumpInsnNode(taken.againstZero, target));
        } else { // a <u b exactly when (a ^ MIN) < (b ^ MIN); the flips leave the operands swapped
            code.add(new LdcInsnNode(Integer.MIN_VALUE));
            code.add(new InsnNode(Opcodes.IXOR));
            code.add(new InsnNode(Opcodes.SWAP));
            code.add(new LdcInsnNode(Integer.MIN_VALUE));
            code.add(new InsnNode(Opcodes.IXOR));
            code.add(new JumpInsnNode(taken.swapped().betweenInts, target));
        }
        return code;
    }
}
