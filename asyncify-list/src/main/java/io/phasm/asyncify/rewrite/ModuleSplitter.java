package io.phasm.asyncify.rewrite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build step that makes every function of a module small enough for one JVM method: each
 * function whose code is larger than the limit is split into itself plus parts
 * ({@code name$partN}, appended to the module). Nothing else in the module changes.
 *
 * <pre>ModuleSplitter IN.wasm OUT.wasm [LIMIT_BYTES]</pre>
 */
public final class ModuleSplitter {
    /**
     * Chicory turns a wasm function into one JVM method, which holds at most 64 KiB of bytecode;
     * PHP's functions compile to about 1.6 bytes of bytecode per byte of wasm, instrumented ones
     * to more. Below this size every function of PHP.wasm compiles.
     */
    public static final int DEFAULT_LIMIT = 16 * 1024;

    /** One function that was split: its code size before and after, and how many parts it gave. */
    public record Split(String name, int bytesBefore, int bytesAfter, int parts) {
        /** One line for a build log. */
        public String summary() {
            return parts == 0
                    ? String.format("not split %s: %,d bytes of code, no run of it worth a call", name, bytesBefore)
                    : String.format("split %s: %,d -> %,d bytes of code, %d parts", name, bytesBefore, bytesAfter, parts);
        }
    }

    public record Result(byte[] module, List<Split> splits) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: split IN.wasm OUT.wasm [LIMIT_BYTES]");
            System.exit(2);
        }
        int limit = args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_LIMIT;
        Result result = split(Files.readAllBytes(Path.of(args[0])), limit);
        Files.write(Path.of(args[1]), result.module());
        result.splits().forEach(s -> System.out.println(s.summary()));
    }

    public static Result split(byte[] wasm, int limit) {
        if (limit < 1024) {
            throw new IllegalArgumentException("a limit under 1 KiB would split nearly every function: " + limit);
        }
        ModuleBinary module = ModuleBinary.read(wasm);
        int imports = module.importedFunctionCount();
        int functions = module.bodies.size(); // parts are appended after these and are not split again
        List<Split> splits = new ArrayList<>();
        for (int f = 0; f < functions; f++) {
            byte[] body = module.bodies.get(f);
            if (body.length <= limit) {
                continue;
            }
            String name = module.functionNames.getOrDefault(imports + f, "function" + (imports + f));
            FunctionCode code = FunctionCode.decode(body, module.typeOfFunction(imports + f), module);
            int parts = new FunctionSplitter(module, code, name, limit).split();
            byte[] split = code.encode();
            module.bodies.set(f, split);
            splits.add(new Split(name, body.length, split.length, parts));
        }
        return new Result(splits.isEmpty() ? wasm : module.write(), splits);
    }

    private ModuleSplitter() {}
}
