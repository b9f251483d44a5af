package io.phasm.wasm.module.build;

import com.dylibso.chicory.runtime.Memory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Build step after the Chicory compiler (php-wasm's pom, phase process-classes): rewrites the
 * compiled module's classes where Chicory's code costs the JVM more than it needs to
 * ({@link CompareBranchFusion}, {@link CallSiteInterruptionChecks}, {@link ResultArrayReuse},
 * {@link GlobalsInMemory}, {@link MemoryAccessInlining}; issue 6 has the figures). It reads the classes where the compiler plugin wrote them, never its
 * own output, so a rerun starts from the same input, and writes the classes it changed over their
 * copies in the build's class directory. It fails the build rather than ship the module unchanged
 * when it finds nothing to rewrite (the compiler's output changed shape: another Chicory version).
 *
 * <pre>CompiledCodeRewriter COMPILER_OUTPUT CLASSES COMPILED_CLASS_NAME</pre>
 */
public final class CompiledCodeRewriter {
    /** How compiled functions and Chicory's helpers take the instance's memory: their last parameter. */
    static final String MEMORY_DESCRIPTOR = Type.getDescriptor(Memory.class);

    private CompiledCodeRewriter() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CompiledCodeRewriter COMPILER_OUTPUT CLASSES COMPILED_CLASS_NAME");
        }
        Path from = Path.of(args[0]), to = Path.of(args[1]);
        String machine = args[2].replace('.', '/') + "Machine";
        Path directory = from.resolve(machine).getParent();
        List<Path> classes;
        try (Stream<Path> files = Files.list(directory)) {
            classes = files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList();
        }
        String shaded = machine + "Shaded";
        CompareBranchFusion fusion = new CompareBranchFusion(shaded);
        CallSiteInterruptionChecks checks = new CallSiteInterruptionChecks(shaded);
        ResultArrayReuse reuse = new ResultArrayReuse(machine);
        GlobalsInMemory globals = new GlobalsInMemory(shaded);
        MemoryAccessInlining inlining = new MemoryAccessInlining(shaded, LateCompilation.MIN_CODE_BYTES);
        int fused = 0, dropped = 0, reused = 0, redirected = 0, inlined = 0, rewritten = 0;
        for (Path file : classes) {
            Rewritten result = rewrite(Files.readAllBytes(file), fusion, checks, reuse, globals, inlining);
            if (result.fused + result.droppedChecks + result.reusedResults + result.globalAccesses + result.inlinedAccesses > 0) {
                Path target = to.resolve(from.relativize(file));
                Files.createDirectories(target.getParent());
                Files.write(target, result.bytes);
                fused += result.fused;
                dropped += result.droppedChecks;
                reused += result.reusedResults;
                redirected += result.globalAccesses;
                inlined += result.inlinedAccesses;
                rewritten++;
            }
        }
        if (fused == 0 || dropped == 0 || reused == 0 || redirected == 0 || inlined == 0) {
            throw new IllegalStateException("no " + (fused == 0 ? "comparison-and-branch" : dropped == 0 ? "interruption check before a call"
                    : reused == 0 ? "return of several results" : redirected == 0 ? "global access"
                    : "memory access in a late-compiled function") + " of Chicory's shape in " + directory
                    + ": the compiler's output changed (another Chicory version?)");
        }
        System.out.println("CompiledCodeRewriter: " + fused + " comparisons fused into their branches, " + dropped
                + " interruption checks before calls dropped, " + reused + " returns of several results into reused arrays, "
                + redirected + " global accesses to the globals the memory holds, " + inlined + " memory accesses of late-compiled functions inlined, in " + rewritten + " classes of " + machine);
    }

    /**
     * A class's rewritten bytes, how many comparisons were fused, call-site checks dropped,
     * returns of several results made to reuse arrays (twins added, in the machine class), global
     * accesses pointed at the memory's globals and memory accesses pointed at the inlined ones in it.
     */
    record Rewritten(byte[] bytes, int fused, int droppedChecks, int reusedResults, int globalAccesses, int inlinedAccesses) {}

    /**
     * Rewrites every method of the class; a method the long form of unsigned comparisons would take
     * past the JVM's limit is rewritten again with the compact form.
     */
    static Rewritten rewrite(byte[] compiled, CompareBranchFusion fusion, CallSiteInterruptionChecks checks,
            ResultArrayReuse reuse, GlobalsInMemory globals, MemoryAccessInlining inlining) {
        Set<String> compact = new HashSet<>();
        while (true) {
            try {
                Rewritten rewritten = rewrite(compiled, fusion, checks, reuse, globals,
                        method -> compact.contains(method.name + method.desc));
                // last: it picks the functions by their size as rewritten
                MemoryAccessInlining.Redirected redirected = inlining.redirect(rewritten.bytes);
                return new Rewritten(redirected.bytes(), rewritten.fused, rewritten.droppedChecks, rewritten.reusedResults,
                        rewritten.globalAccesses, redirected.accesses());
            } catch (MethodTooLargeException tooLarge) {
                if (!compact.add(tooLarge.getMethodName() + tooLarge.getDescriptor())) {
                    // cannot happen: the compact form is never longer than the compiler's code
                    throw new IllegalStateException("method " + tooLarge.getMethodName() + " of " + tooLarge.getClassName()
                            + " is too large even with compact comparisons", tooLarge);
                }
            }
        }
    }

    /** One pass over the class, the methods compact picks fused in the compact form; throws if one outgrows the JVM's limit. */
    static Rewritten rewrite(byte[] compiled, CompareBranchFusion fusion, CallSiteInterruptionChecks checks,
            ResultArrayReuse reuse, GlobalsInMemory globals, Predicate<MethodNode> compact) {
        ClassNode node = new ClassNode();
        new ClassReader(compiled).accept(node, 0);
        int fused = 0, dropped = 0, reused = 0, redirected = 0;
        for (MethodNode method : node.methods) {
            fused += fusion.fuse(method, compact.test(method));
            dropped += checks.drop(method);
            reused += reuse.reuse(method);
            redirected += globals.redirect(node.name, method);
        }
        reused += reuse.addTwins(node);
        ClassWriter writer = new ClassWriter(0); // same labels, so the compiler's frames hold
        node.accept(writer);
        return new Rewritten(writer.toByteArray(), fused, dropped, reused, redirected, 0);
    }
}
