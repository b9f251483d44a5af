package io.phasm.wasm.module.build;

import java.io.IOException;
import java.lang.classfile.Attributes;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes a HotSpot compile-command file that makes C2 compile the compiled module's largest wasm
 * functions later than the rest, with a fuller profile.
 *
 * <p>Why: C1 refuses these methods (too many values for its register allocator), so they run in
 * the JVM's bytecode interpreter until C2 compiles them. C2 compiles them as soon as they are hot,
 * from the few seconds of profile the interpreter has gathered; the first branch that profile had
 * never seen taken (a PCRE opcode, a SQLite VDBE opcode) hits an uncommon trap, the code is
 * thrown away, and the recompile, which must now keep every branch, runs out of C2's node budget
 * ("out of nodes during split"): the method stays interpreted for the rest of the process.
 * Compiled later, from a profile that has seen the workload's branches, the first code stays.
 * Measured on {@code php_pcre2_match}'s and {@code sqlite3VdbeExec}'s bodies (php-wasm/README.md).
 *
 * <pre>LateCompilation CLASSES_DIRECTORY OUTPUT_FILE</pre>
 */
public final class LateCompilation {
    /** Methods of at least this much bytecode are compiled late: the two measured are 32 and 62 KB. */
    static final int MIN_CODE_BYTES = 30_000;
    /** How much later: C2's invocation and back-edge thresholds times this, for those methods only. */
    static final String THRESHOLD_SCALING = "10.0";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: LateCompilation CLASSES_DIRECTORY OUTPUT_FILE");
        }
        List<byte[]> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList()) {
                classes.add(Files.readAllBytes(file));
            }
        }
        List<String> commands = commands(classes);
        Files.write(Path.of(args[1]), commands);
        System.out.println("LateCompilation: " + (commands.size() - 1) + " methods of " + MIN_CODE_BYTES
                + "+ bytes compiled late by C2, listed in " + args[1]);
    }

    /**
     * The file's lines: {@code quiet} first (otherwise HotSpot prints every command on standard
     * output, which is PHP's output), then one command per wasm function ({@code func_N}; not
     * Chicory's indirect-call dispatchers, which are large but hot from the start) of at least
     * {@link #MIN_CODE_BYTES}.
     */
    static List<String> commands(List<byte[]> classes) {
        List<String> lines = new ArrayList<>();
        lines.add("quiet");
        for (byte[] bytes : classes) {
            ClassModel model = ClassFile.of().parse(bytes);
            String owner = model.thisClass().asInternalName().replace('/', '.');
            for (MethodModel method : largeFunctions(model, MIN_CODE_BYTES)) {
                lines.add("CompileThresholdScaling," + owner + "::" + method.methodName().stringValue() + "," + THRESHOLD_SCALING);
            }
        }
        return lines;
    }

    /** The class's wasm functions ({@code func_N}) of at least minCodeBytes of bytecode. */
    static List<MethodModel> largeFunctions(ClassModel model, int minCodeBytes) {
        List<MethodModel> large = new ArrayList<>();
        for (MethodModel method : model.methods()) {
            Optional<CodeAttribute> code = method.findAttribute(Attributes.code());
            if (method.methodName().stringValue().startsWith("func_") && code.isPresent() && code.get().codeLength() >= minCodeBytes) {
                large.add(method);
            }
        }
        return large;
    }

    private LateCompilation() {}
}
