package io.phasm.asyncify.harness;

import io.phasm.asyncify.TempDirectories;
import io.phasm.asyncify.instrument.BinaryenMissing;
import io.phasm.asyncify.instrument.Instrumenter;
import io.phasm.asyncify.lists.NameList;
import io.phasm.asyncify.rewrite.PartNames;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code mvn -Pfix-asyncify}: runs the corpus, adds every function seen on the stack of an async
 * import to the ONLY list, rebuilds the instrumented module, and repeats until the list stops
 * changing. A round that needed a function the module lacked took the runtime's blocking
 * fallback there (the corpus must still pass); the next round has it instrumented.
 */
public final class FixAsyncify {
    private static final int MAX_ROUNDS = 8;
    /** Functions never to add: instrumented, they would not fit a JVM method (see the file). */
    static final String EXCLUDED = "excluded.txt";

    /** One round: what the corpus did and what was added to the list after it. */
    public record Round(int number, List<Corpus.ScriptResult> scripts, List<String> added) {
        long fallbacks() {
            return scripts.stream().mapToLong(Corpus.ScriptResult::fallbacks).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        try {
            List<Round> rounds = fix(home, System.out);
            List<String> added = rounds.stream().flatMap(r -> r.added().stream()).toList();
            System.out.printf("fix-asyncify: the list is complete for the corpus after %d round(s); %d function(s) added%s%n",
                    rounds.size(), added.size(), added.isEmpty() ? "" : ": " + String.join(", ", added));
        } catch (BinaryenMissing | CorpusFailed e) {
            // Under exec:java an exception, not an exit, fails the Maven build with this message.
            throw new IllegalStateException("fix-asyncify: " + e.getMessage(), e);
        }
    }

    /** Runs the rounds in the repository at home; the list and module there are updated. */
    public static List<Round> fix(Path home, PrintStream log) throws Exception {
        Path lists = home.resolve("asyncify-list/lists");
        Path dist = home.resolve("php-wasm/dist");
        Path module = dist.resolve("php.wasm");
        List<Round> rounds = new ArrayList<>();
        for (int number = 1; number <= MAX_ROUNDS; number++) {
            if (!upToDate(module, lists)) {
                log.printf("round %d: instrumenting %s (binaryen)...%n", number, module);
                Instrumenter.Result r = Instrumenter.instrument(dist.resolve("php-base.wasm"), module, lists);
                log.printf("round %d: %d functions instrumented, %d -> %d bytes; bin/php rebuilds Phasm with it%n",
                        number, r.instrumented().size(), r.baseBytes(), r.moduleBytes());
            }
            Path work = Files.createTempDirectory("phasm-fix-asyncify");
            Path trace = work.resolve("stacks.txt");
            List<Corpus.ScriptResult> scripts = Corpus.run(home, trace, work);
            TreeSet<String> traced = tracedFunctions(trace);
            for (Corpus.ScriptResult s : scripts) {
                log.printf("round %d: %-16s %s  %d unwinds, %d rewinds, %d blocking fallbacks%s%n", number, s.script(),
                        s.passed() ? "OK  " : "FAIL", s.unwinds(), s.rewinds(), s.fallbacks(),
                        s.uninstrumented().isEmpty() ? "" : " (not instrumented: " + String.join(", ", s.uninstrumented()) + ")");
            }
            List<String> failed = scripts.stream().filter(s -> !s.passed()).map(s -> s.script() + ":\n" + s.output()).toList();
            if (!failed.isEmpty()) {
                throw new CorpusFailed(String.join("\n", failed) + "\n(outputs and server logs are in " + work + ")");
            }
            TempDirectories.delete(work);
            NameList only = NameList.read(lists.resolve(Instrumenter.ONLY_LIST));
            NameList excluded = NameList.read(lists.resolve(EXCLUDED));
            List<String> kept = traced.stream().filter(excluded::matches).toList();
            if (!kept.isEmpty()) {
                log.printf("round %d: not added, listed in %s: %s%n", number, EXCLUDED, String.join(", ", kept));
            }
            traced.removeAll(kept);
            List<String> added = only.addMissing(traced);
            rounds.add(new Round(number, scripts, added));
            if (added.isEmpty()) {
                return rounds;
            }
            only.write(lists.resolve(Instrumenter.ONLY_LIST));
            log.printf("round %d: added %d function(s) to the ONLY list: %s%n", number, added.size(), String.join(", ", added));
        }
        throw new IllegalStateException("the list was still changing after " + MAX_ROUNDS + " rounds");
    }

    /** Whether module was made from the lists as they are (its .inputs record their checksums). */
    static boolean upToDate(Path module, Path lists) throws IOException {
        Path inputs = Instrumenter.inputsOf(module);
        if (!Files.exists(inputs) || !Files.exists(module)) {
            return false;
        }
        List<String> recorded = Files.readAllLines(inputs, StandardCharsets.UTF_8);
        return recorded.contains(Instrumenter.sha256Line(lists.resolve(Instrumenter.ONLY_LIST)))
                && recorded.contains(Instrumenter.sha256Line(lists.resolve(Instrumenter.ASYNC_IMPORTS)))
                && recorded.contains(Instrumenter.sha256Line(lists.resolve(Instrumenter.DISPATCH_CASES)))
                && recorded.contains(Instrumenter.sha256Line(module));
    }

    /**
     * Every function named in the trace (one stack per line, names separated by spaces); a part
     * of a split function counts as the function (the list names what binaryen sees, before splitting).
     */
    static TreeSet<String> tracedFunctions(Path trace) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if (Files.exists(trace)) {
            for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
                names.addAll(Arrays.stream(line.split(" ")).filter(n -> !n.isBlank()).map(PartNames::original).toList());
            }
        }
        return names;
    }

    /** A corpus script failed: the list cannot be judged from a run that did not work. */
    static final class CorpusFailed extends RuntimeException {
        CorpusFailed(String details) {
            super("corpus scripts failed:\n" + details);
        }
    }

    private FixAsyncify() {}
}
