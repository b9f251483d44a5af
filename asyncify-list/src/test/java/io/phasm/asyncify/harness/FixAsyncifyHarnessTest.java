package io.phasm.asyncify.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.asyncify.instrument.Instrumenter;
import io.phasm.asyncify.lists.NameList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness, end to end, on a copy of the repository (mvn -Pasyncify-harness-test; needs
 * binaryen, rebuilds PHP.wasm twice, about 10 minutes): a function the corpus needs is taken
 * off the ONLY list; with the module built from that list the runtime waits by blocking where
 * a suspension would pass through it (the corpus still passes), and the harness puts it back.
 */
@Tag("harness")
class FixAsyncifyHarnessTest {
    /** Every user callback (array_map, usort, call_user_func…) reaches PHP code through it. */
    static final String NEEDED = "zend_call_function";

    @TempDir
    Path tmp;

    @Test
    void aFunctionTakenOffTheListMakesTheRuntimeFallBackAndTheHarnessPutsItBack() throws Exception {
        Path home = copyOfRepository(Path.of("..").toAbsolutePath().normalize(), tmp.resolve("phasm"));
        Path listFile = home.resolve("asyncify-list/lists").resolve(Instrumenter.ONLY_LIST);
        NameList only = NameList.read(listFile);
        assertTrue(only.remove(NEEDED), NEEDED + " should be on the list");
        only.write(listFile);

        List<FixAsyncify.Round> rounds = FixAsyncify.fix(home, System.out);

        FixAsyncify.Round first = rounds.getFirst();
        assertTrue(first.fallbacks() > 0, "without it, waits below a callback block instead of unwinding");
        assertTrue(first.scripts().stream().anyMatch(s -> s.uninstrumented().contains(NEEDED)),
                "the fallback names the missing function");
        assertTrue(first.added().contains(NEEDED), "added: " + first.added());
        assertTrue(NameList.read(listFile).matches(NEEDED));
        FixAsyncify.Round last = rounds.getLast();
        assertEquals(List.of(), last.added(), "the last round changes nothing");
        assertEquals(0, last.fallbacks(), "and, with the function instrumented again, never blocks");
    }

    /** The sources, lists, corpus and committed modules; no build output, no history. */
    private static Path copyOfRepository(Path from, Path to) throws IOException {
        Set<String> skipped = Set.of("target", ".git");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (Stream.iterate(relative, p -> p != null, Path::getParent).anyMatch(p -> p.getFileName() != null
                        && skipped.contains(p.getFileName().toString()))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
