package io.phasm.asyncify.instrument;

import io.phasm.asyncify.TempDirectories;
import io.phasm.asyncify.analysis.InstrumentationAnalyser;
import io.phasm.asyncify.lists.NameList;
import io.phasm.asyncify.rewrite.BulkMemoryRoutines;
import io.phasm.asyncify.rewrite.DispatchCases;
import io.phasm.asyncify.rewrite.ModuleSplitter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The step that makes the shipped module: binaryen instruments the base module for Asyncify
 * (only the functions on the ONLY list; imports on the async-imports list may suspend), then
 * optimises it (-O1); the splitter moves the untaken cases of the dispatches the dispatch profile
 * names into parts and cuts every function too large for one JVM method into parts (after
 * instrumentation, which is what makes functions largest); libc's memcpy, memmove and
 * memset become bulk-memory instructions ({@link BulkMemoryRoutines}); the analyser records which
 * functions — parts included — ended up instrumented. Next to the
 * output it writes {@code NAME.instrumented.txt} (what the runtime's guard checks stacks
 * against) and {@code NAME.wasm.inputs}: sha256 of base, lists and output, so a test can tell
 * that the committed module is exactly what these committed inputs produce.
 *
 * <pre>Instrumenter BASE.wasm OUT.wasm LISTS_DIR</pre>
 */
public final class Instrumenter {
    public static final String ONLY_LIST = "only-list.txt", ASYNC_IMPORTS = "async-imports.txt",
            DISPATCH_CASES = "dispatch-cases.txt";

    /** What one run produced. */
    public record Result(Path module, TreeSet<String> instrumented, long baseBytes, long moduleBytes,
            List<ModuleSplitter.Split> splits, List<ModuleSplitter.DispatchSplit> dispatches,
            List<String> bulkMemoryRoutines) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: instrument BASE.wasm OUT.wasm LISTS_DIR");
            System.exit(2);
        }
        try {
            Result r = instrument(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
            System.out.printf("instrumented %d functions (%d list entries): %d -> %d bytes%n", r.instrumented().size(),
                    NameList.read(Path.of(args[2], ONLY_LIST)).entries().size(), r.baseBytes(), r.moduleBytes());
            r.dispatches().forEach(d -> System.out.println(d.summary()));
            r.splits().forEach(s -> System.out.println(s.summary()));
            System.out.println("bulk memory for: " + String.join(", ", r.bulkMemoryRoutines()));
        } catch (BinaryenMissing e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    public static Result instrument(Path base, Path out, Path lists) throws IOException, InterruptedException {
        String wasmOpt = Binaryen.wasmOpt();
        List<ModuleSplitter.Split> splits;
        List<ModuleSplitter.DispatchSplit> dispatches;
        List<String> bulkMemoryRoutines;
        Path tmp = Files.createTempDirectory("phasm-instrument");
        try {
            Path imports = Files.writeString(tmp.resolve("imports"), nonEmpty(lists.resolve(ASYNC_IMPORTS)).asResponseFile());
            Path only = Files.writeString(tmp.resolve("only"), nonEmpty(lists.resolve(ONLY_LIST)).asResponseFile());
            Path asyncified = tmp.resolve("asyncified.wasm");
            // Two runs: asyncify together with -O is very slow in binaryen 108 (it flattens every
            // function). -g keeps the name section, which names frames in traces and here.
            run(List.of(wasmOpt, base.toString(), "-g", "--asyncify", "--pass-arg=asyncify-imports@@" + imports,
                    "--pass-arg=asyncify-onlylist@@" + only, "-o", asyncified.toString()));
            Path optimised = tmp.resolve("optimised.wasm");
            run(List.of(wasmOpt, asyncified.toString(), "-g", "-O1", "-o", optimised.toString()));
            ModuleSplitter.Result split = ModuleSplitter.split(Files.readAllBytes(optimised), ModuleSplitter.DEFAULT_LIMIT,
                    DispatchCases.read(lists.resolve(DISPATCH_CASES)));
            BulkMemoryRoutines.Result bulk = BulkMemoryRoutines.replace(split.module());
            Files.write(out, bulk.module());
            splits = split.splits();
            dispatches = split.dispatches();
            bulkMemoryRoutines = bulk.replaced();
        } finally {
            TempDirectories.delete(tmp);
        }
        TreeSet<String> instrumented = InstrumentationAnalyser.instrumented(out);
        Files.write(instrumentedListOf(out), instrumented, StandardCharsets.UTF_8);
        List<String> inputs = new ArrayList<>();
        inputs.add(sha256Line(base));
        inputs.add(sha256Line(lists.resolve(ASYNC_IMPORTS)));
        inputs.add(sha256Line(lists.resolve(ONLY_LIST)));
        inputs.add(sha256Line(lists.resolve(DISPATCH_CASES)));
        inputs.add(sha256Line(out));
        Files.write(inputsOf(out), inputs, StandardCharsets.UTF_8);
        return new Result(out, instrumented, Files.size(base), Files.size(out), splits, dispatches, bulkMemoryRoutines);
    }

    /** binaryen takes an empty list for no list at all: every import async, every function instrumented. */
    private static NameList nonEmpty(Path file) throws IOException {
        NameList list = NameList.read(file);
        if (list.entries().isEmpty()) {
            throw new IllegalArgumentException(file + " lists nothing: binaryen would take that as no list and instrument "
                    + "every function (or treat every import as async)");
        }
        return list;
    }

    /** php.wasm -> php.instrumented.txt */
    public static Path instrumentedListOf(Path module) {
        return module.resolveSibling(module.getFileName().toString().replaceFirst("\\.wasm$", "") + ".instrumented.txt");
    }

    /** php.wasm -> php.wasm.inputs */
    public static Path inputsOf(Path module) {
        return module.resolveSibling(module.getFileName() + ".inputs");
    }

    /** A line as sha256sum prints it: hash, two spaces, file name. */
    public static String sha256Line(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest()) + "  " + file.getFileName();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private Instrumenter() {}
}
