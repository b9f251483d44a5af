package io.phasm.wasm.module.build;

import static io.phasm.wasm.module.build.CompiledCodeRewriter.MEMORY_DESCRIPTOR;

import com.dylibso.chicory.runtime.Instance;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Points compiled code's {@code global.get} and {@code global.set} at the globals the instance's
 * memory holds ({@code io.phasm.wasm.boot.InlinedGlobalAccess} says why). Chicory compiles them as
 * {@code (index) aload instance; invokestatic Shaded.readGlobal(I Instance)J} and
 * {@code (value, index) aload instance; invokestatic Shaded.writeGlobal(J I Instance)V}; the
 * instance's load becomes the memory's (the function's parameter before it) and the call
 * InlinedGlobalAccess's, never longer, so the method's size and frames hold. Any other global
 * accessor (a v128 or reference global), or one in a method that is not a compiled function, fails
 * the build: its global would be read where the memory's copy is not.
 */
final class GlobalsInMemory {
    static final String INLINED_GLOBALS = "io/phasm/wasm/boot/InlinedGlobalAccess";
    private static final String INSTANCE_DESCRIPTOR = Type.getDescriptor(Instance.class);
    private static final String FUNCTION_PARAMETERS_END = MEMORY_DESCRIPTOR + INSTANCE_DESCRIPTOR + ")";

    private final String shadedClass;

    /** shadedClass: the internal name of the compiled module's helper class (MACHINE + "Shaded"). */
    GlobalsInMemory(String shadedClass) {
        this.shadedClass = shadedClass;
    }

    /** Redirects the method's global accesses; returns how many. */
    int redirect(String owner, MethodNode method) {
        int redirected = 0;
        int memory = memoryParameter(method);
        for (AbstractInsnNode at : method.instructions) {
            if (at instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC && call.owner.equals(shadedClass)
                    && call.name.contains("Global")) {
                String where = call.name + " in " + owner + "." + method.name + method.desc;
                if (!call.name.equals("readGlobal") && !call.name.equals("writeGlobal")) {
                    throw new IllegalStateException(where + ": a global the memory cannot hold (v128 or reference)");
                }
                if (memory < 0 || !(call.getPrevious() instanceof VarInsnNode load) || load.getOpcode() != Opcodes.ALOAD
                        || load.var != memory + 1) {
                    throw new IllegalStateException(where + ": not of the shape Chicory compiles (another Chicory version?)");
                }
                load.var = memory;
                call.owner = INLINED_GLOBALS;
                call.desc = call.desc.replace(INSTANCE_DESCRIPTOR, "Ljava/lang/Object;");
                redirected++;
            }
        }
        return redirected;
    }

    /** The local slot of a compiled function's memory parameter (before the instance, its last); -1 for another method. */
    private static int memoryParameter(MethodNode method) {
        if ((method.access & Opcodes.ACC_STATIC) == 0 || !method.desc.contains(FUNCTION_PARAMETERS_END)) {
            return -1;
        }
        Type[] parameters = Type.getArgumentTypes(method.desc);
        int slot = 0;
        for (int i = 0; i < parameters.length - 2; i++) {
            slot += parameters[i].getSize();
        }
        return slot;
    }
}
