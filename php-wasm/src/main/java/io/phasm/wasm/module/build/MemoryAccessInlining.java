package io.phasm.wasm.module.build;

import static io.phasm.wasm.module.build.CompiledCodeRewriter.MEMORY_DESCRIPTOR;

import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Points the memory accesses of the largest compiled wasm functions at
 * {@code io.phasm.wasm.boot.InlinedMemoryAccess}, whose accessors C2 inlines even there (its
 * javadoc says why, and why only these functions). Chicory's accessor {@code memoryReadInt(II
 * Memory)I} of the machine's {@code Shaded} class becomes {@code InlinedMemoryAccess.memoryReadInt(II
 * Object)I}, and so on for the twelve loads and stores of bytes, shorts, ints, longs, floats and
 * doubles; the call stays three bytes, so the method's size and frames do not change. Which
 * functions: those C2 compiles late ({@link LateCompilation}, measured from the class as rewritten).
 */
final class MemoryAccessInlining {
    static final String INLINED_ACCESS = "io/phasm/wasm/boot/InlinedMemoryAccess";
    private static final Set<String> ACCESSORS = accessors();

    private final String shadedClass;
    private final int minCodeBytes;

    /** shadedClass: the internal name of the compiled module's helper class; minCodeBytes: the functions' least size. */
    MemoryAccessInlining(String shadedClass, int minCodeBytes) {
        this.shadedClass = shadedClass;
        this.minCodeBytes = minCodeBytes;
    }

    /** The class with its large functions' accesses pointed at InlinedMemoryAccess, and how many were. */
    record Redirected(byte[] bytes, int accesses) {}

    Redirected redirect(byte[] compiled) {
        Set<String> large = new HashSet<>();
        for (MethodModel method : LateCompilation.largeFunctions(ClassFile.of().parse(compiled), minCodeBytes)) {
            large.add(method.methodName().stringValue() + method.methodType().stringValue());
        }
        if (large.isEmpty()) {
            return new Redirected(compiled, 0);
        }
        ClassNode node = new ClassNode();
        new ClassReader(compiled).accept(node, 0);
        int accesses = 0;
        for (MethodNode method : node.methods) {
            if (large.contains(method.name + method.desc)) {
                for (AbstractInsnNode at : method.instructions) {
                    if (at instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESTATIC
                            && call.owner.equals(shadedClass) && ACCESSORS.contains(call.name) && call.desc.contains(MEMORY_DESCRIPTOR)) {
                        call.owner = INLINED_ACCESS;
                        call.desc = call.desc.replace(MEMORY_DESCRIPTOR, "Ljava/lang/Object;");
                        accesses++;
                    }
                }
            }
        }
        ClassWriter writer = new ClassWriter(0); // same code, same labels: the frames hold
        node.accept(writer);
        return new Redirected(writer.toByteArray(), accesses);
    }

    private static Set<String> accessors() {
        Set<String> names = new HashSet<>();
        for (String type : new String[] {"Byte", "Short", "Int", "Long", "Float", "Double"}) {
            names.add("memoryRead" + type);
            names.add("memoryWrite" + type);
        }
        return Set.copyOf(names);
    }
}
