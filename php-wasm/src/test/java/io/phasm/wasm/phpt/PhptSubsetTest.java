package io.phasm.wasm.phpt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * php-src's own tests (a committed subset: src/test/phpt) through the php command. Every test in
 * expected-pass.txt must pass; the rest are known failures, reported with the pass rate.
 */
class PhptSubsetTest {
    private static final Path SUBSET = Path.of("src/test/phpt");

    @Test
    void knownPassingTestsStillPass(@TempDir Path work) throws Exception {
        Set<String> expected = new TreeSet<>(Files.readAllLines(SUBSET.resolve("expected-pass.txt")));
        PhptRunner runner = new PhptRunner(new PhasmPhp());
        List<String> regressions = new ArrayList<>();
        List<String> newPasses = new ArrayList<>();
        List<String> passing = new ArrayList<>();
        int pass = 0, fail = 0, skip = 0;
        for (Path phpt : PhptRunner.find(SUBSET)) {
            String id = SUBSET.relativize(phpt).toString();
            PhptRunner.Run run = runner.run(phpt, work);
            switch (run.outcome()) {
                case PASS -> {
                    pass++;
                    passing.add(id);
                    if (!expected.contains(id)) newPasses.add(id);
                }
                case FAIL -> {
                    fail++;
                    if (expected.contains(id)) regressions.add(id + "\n" + run.detail());
                }
                case SKIP -> skip++;
            }
        }
        System.out.printf("phpt subset: %d passed, %d failed, %d skipped (%.1f%% of those run)%n",
                pass, fail, skip, 100.0 * pass / Math.max(1, pass + fail));
        Files.write(Path.of("target/phpt-subset-passing.txt"), passing);
        if (!newPasses.isEmpty()) {
            System.out.println(newPasses.size() + " phpt tests pass that expected-pass.txt does not list: see target/phpt-subset-passing.txt");
        }
        assertTrue(regressions.isEmpty(), "phpt regressions:\n" + String.join("\n\n", regressions));
    }
}
