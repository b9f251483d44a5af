package io.phasm.wasm.asyncify;

import io.phasm.wasm.module.FunctionNames;
import io.phasm.wasm.module.InstrumentedFunctions;
import io.phasm.wasm.module.PhpModule;
import io.phasm.wasm.module.WasmFrames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks, before an unwind, that every wasm frame on the stack is instrumented: an unlisted
 * frame would not save itself and the rewind would corrupt the run. Gaps are logged once each.
 *
 * With -Dphasm.asyncify.trace=FILE (the fix-asyncify harness), the functions on the stack of
 * every call of an async import, suspending or not, are appended to FILE (one stack per line,
 * each stack once): the functions that must be instrumented.
 */
final class SuspensionStacks {
    private static final System.Logger LOG = System.getLogger("phasm.asyncify");
    private static final String TRACE_FILE = System.getProperty("phasm.asyncify.trace");
    private static final Set<List<String>> REPORTED = ConcurrentHashMap.newKeySet();
    private static final Set<List<String>> TRACED = ConcurrentHashMap.newKeySet();

    /** Records the current stack, when tracing: called on every entry of an async import. */
    static void traceIfEnabled() {
        if (TRACE_FILE != null) {
            trace(WasmFrames.current());
        }
    }

    /** The uninstrumented functions on the current stack; empty if an unwind is safe. */
    static List<String> gaps() {
        List<Integer> stack = WasmFrames.current();
        if (WasmFrames.interpreterOnStack()) {
            return List.of("(a function running in Chicory's interpreter)");
        }
        return InstrumentedFunctions.missing(stack);
    }

    static void reportOnce(List<String> missing) {
        if (REPORTED.add(missing)) {
            LOG.log(System.Logger.Level.WARNING, "PHP waited by blocking its thread instead of suspending, because these "
                    + "functions on its stack are not instrumented for Asyncify: " + String.join(", ", missing)
                    + ". To instrument them, add a corpus script that reaches this wait to asyncify-list/corpus/ and run "
                    + "`mvn -Pfix-asyncify` (unless asyncify-list/lists/excluded.txt says why they must stay as they are).");
        }
    }

    private static void trace(List<Integer> stack) {
        int imports = PhpModule.importedFunctions().size();
        List<String> names = stack.stream().filter(i -> i >= imports).map(FunctionNames::of).toList();
        if (TRACED.add(names)) {
            try {
                Files.writeString(Path.of(TRACE_FILE), String.join(" ", names) + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private SuspensionStacks() {}
}
