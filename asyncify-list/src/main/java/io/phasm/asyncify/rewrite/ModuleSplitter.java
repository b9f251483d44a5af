package io.phasm.asyncify.rewrite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The build step that makes every function of a module small enough for one JVM method: each
 * function whose code is larger than the limit is split into itself plus parts
 * ({@code name$partN}, appended to the module). First, the dispatches a profile names
 * ({@link DispatchCases}) lose their untaken cases to a part each ({@link DispatchSplitter}).
 * Nothing else in the module changes, but for the globals that carry such parts' locals.
 *
 * <pre>ModuleSplitter IN.wasm OUT.wasm [LIMIT_BYTES [DISPATCH_CASES_FILE]]</pre>
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

    /** One dispatch the profile named, and what became of it (a line for the build log). */
    public record DispatchSplit(DispatchCases.Table table, String outcome) {
        public String summary() {
            return String.format("dispatch %s (br_table of %d targets): %s", table.function(), table.targets(), outcome);
        }
    }

    public record Result(byte[] module, List<Split> splits, List<DispatchSplit> dispatches) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: split IN.wasm OUT.wasm [LIMIT_BYTES [DISPATCH_CASES_FILE]]");
            System.exit(2);
        }
        int limit = args.length >= 3 ? Integer.parseInt(args[2]) : DEFAULT_LIMIT;
        DispatchCases cases = args.length == 4 ? DispatchCases.read(Path.of(args[3])) : DispatchCases.NONE;
        Result result = split(Files.readAllBytes(Path.of(args[0])), limit, cases);
        Files.write(Path.of(args[1]), result.module());
        result.dispatches().forEach(d -> System.out.println(d.summary()));
        result.splits().forEach(s -> System.out.println(s.summary()));
    }

    public static Result split(byte[] wasm, int limit) {
        return split(wasm, limit, DispatchCases.NONE);
    }

    public static Result split(byte[] wasm, int limit, DispatchCases cases) {
        if (limit < 1024) {
            throw new IllegalArgumentException("a limit under 1 KiB would split nearly every function: " + limit);
        }
        ModuleBinary module = ModuleBinary.read(wasm);
        int imports = module.importedFunctionCount();
        int functions = module.bodies.size(); // parts are appended after these and are not split again
        TransferGlobals transferGlobals = new TransferGlobals(module);
        List<Split> splits = new ArrayList<>();
        List<DispatchSplit> dispatches = new ArrayList<>();
        Set<String> unseen = new TreeSet<>(cases.functions());
        boolean changed = false;
        for (int f = 0; f < functions; f++) {
            byte[] body = module.bodies.get(f);
            String name = module.functionNames.getOrDefault(imports + f, "function" + (imports + f));
            List<DispatchCases.Table> tables = cases.of(name);
            unseen.remove(name);
            if (body.length <= limit && tables.isEmpty()) {
                continue;
            }
            FunctionCode code = FunctionCode.decode(body, module.typeOfFunction(imports + f), module);
            Outliner outliner = new Outliner(module, code, name, transferGlobals);
            splitDispatches(code, outliner, tables, dispatches);
            if (code.encode().length > limit) {
                new FunctionSplitter(code, outliner, limit).split();
            }
            byte[] split = code.encode();
            module.bodies.set(f, split);
            changed |= outliner.parts() > 0;
            if (body.length > limit) {
                splits.add(new Split(name, body.length, split.length, outliner.parts()));
            }
        }
        unseen.forEach(name -> cases.of(name).forEach(t -> dispatches.add(new DispatchSplit(t, "stale profile: no function of that name"))));
        return new Result(changed ? module.write() : wasm, splits, dispatches);
    }

    /** Splits the profiled dispatches, each br_table found by its length before any of them changes. */
    private static void splitDispatches(FunctionCode code, Outliner outliner, List<DispatchCases.Table> tables,
            List<DispatchSplit> out) {
        DispatchSplitter splitter = new DispatchSplitter(code, outliner);
        List<List<Instruction>> found = tables.stream().map(t -> splitter.tables(t.targets())).toList();
        for (int i = 0; i < tables.size(); i++) {
            DispatchCases.Table t = tables.get(i);
            List<Instruction> ofLength = found.get(i);
            out.add(new DispatchSplit(t, switch (ofLength.size()) {
                case 0 -> "stale profile: the function has no br_table of that length";
                case 1 -> splitter.split(ofLength.getFirst(), t.taken());
                default -> "left: the function has " + ofLength.size() + " br_tables of that length, the profile cannot say which";
            }));
        }
    }

    private ModuleSplitter() {}
}
