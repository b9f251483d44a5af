package io.phasm.wasm.module.build;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Drops the interruption check Chicory 1.7.5 compiles before every direct call and keeps the one
 * at every loop's back edge. The check ({@code Thread.currentThread().isInterrupted()}, through
 * the machine's {@code Shaded.checkInterruption}) is how a request's time limit stops PHP
 * ({@code InterruptibleRun}); PHP.wasm's compiled code holds ~135,000 of them before calls and
 * ~15,000 at back edges. PHP's long-running work loops (the VM's opcode loop, PCRE's match loop,
 * SQLite's VDBE loop), so a runaway script is still stopped within one iteration; what the calls'
 * checks cost is a call each in every method the JVM runs interpreted or cannot inline into
 * (regex- and SQL-heavy scripts ~6 % faster without them on C2; issue 6 has the figures).
 *
 * <p>The call's shape, as Chicory emits it after the arguments:
 * {@code invokestatic checkInterruption; aload memory; aload instance; invokestatic func_N}.
 * Indirect calls have no check of their own; nothing else is touched.
 */
final class CallSiteInterruptionChecks {
    private final String shadedClass;

    /** shadedClass: the internal name of the compiled module's helper class (MACHINE + "Shaded"). */
    CallSiteInterruptionChecks(String shadedClass) {
        this.shadedClass = shadedClass;
    }

    /** Removes the checks right before method's direct calls; returns how many. */
    int drop(MethodNode method) {
        int dropped = 0;
        AbstractInsnNode at = method.instructions.getFirst();
        while (at != null) {
            AbstractInsnNode next = at.getNext();
            if (isCheck(at) && isLoad(next) && isLoad(next.getNext()) && isDirectCall(next.getNext().getNext())) {
                method.instructions.remove(at);
                dropped++;
            }
            at = next;
        }
        return dropped;
    }

    private boolean isCheck(AbstractInsnNode instruction) {
        return instruction instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC
                && call.owner.equals(shadedClass) && call.name.equals("checkInterruption");
    }

    private static boolean isLoad(AbstractInsnNode instruction) {
        return instruction instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD;
    }

    private static boolean isDirectCall(AbstractInsnNode instruction) {
        return instruction instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC
                && call.name.startsWith("func_");
    }
}
