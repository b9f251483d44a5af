package io.phasm.wasm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code bin/php} command as users run it, after the build packaged what it runs: its AOT
 * cache is recorded once after a build, by whichever of several concurrent first runs gets the
 * lock, without touching any run's output, and runs after it use the cache instead of recording
 * again. PHASM_JIT picks the JIT compiler: Graal runs without the cache (its module path turns
 * the JVM's class-data sharing off), and a value other than graal or c2 is refused by name.
 */
class BinPhpIT {
    private static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();
    private static final Path CACHE = HOME.resolve("php-wasm/target/php.aot");

    private record Run(int exitCode, String stdout, String stderr) {}

    @BeforeEach
    void noCache() throws IOException {
        Files.deleteIfExists(CACHE);
    }

    @Test
    void concurrentFirstRunsRecordTheCacheOnceAndPrintOnlyWhatPhpPrints() throws Exception {
        List<Process> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(start(Map.of(), "-r", "echo 'run " + i + "', PHP_EOL;"));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(new Run(0, "run " + i + "\n", ""), finish(first.get(i)));
        }
        assertTrue(Files.exists(CACHE), "the first runs recorded " + CACHE);
        FileTime recorded = Files.getLastModifiedTime(CACHE);

        assertEquals(new Run(0, "again\n", ""), finish(start(Map.of(), "-r", "echo 'again', PHP_EOL;")));
        assertEquals(recorded, Files.getLastModifiedTime(CACHE), "a run after a fresh recording uses it");
    }

    @Test
    void withTheCacheOffNothingIsRecorded() throws Exception {
        assertEquals(new Run(0, "off\n", ""), finish(start(Map.of("PHASM_AOT", "off"), "-r", "echo 'off', PHP_EOL;")));
        assertFalse(Files.exists(CACHE));
    }

    @Test
    void graalRunsPhpWithoutTheCache() throws Exception {
        String script = "echo preg_match('/(\\d+)-(\\d+)/', 'a 12-34', $m), ' ', $m[2], PHP_EOL;";
        Run run = finish(start(Map.of("PHASM_JIT", "graal"), "-r", script));
        assertEquals(new Run(0, "1 34\n", ""), run);
        assertFalse(Files.exists(CACHE), "no AOT cache is recorded for Graal");
    }

    @Test
    void anUnknownJitIsRefusedByName() throws Exception {
        Run run = finish(start(Map.of("PHASM_JIT", "c3"), "-r", "echo 1;"));
        assertEquals(1, run.exitCode());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().contains("PHASM_JIT=c3: expected graal or c2"), run.stderr());
    }

    private static Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/php").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
        builder.environment().remove("PHASM_AOT");
        builder.environment().remove("PHASM_JIT");
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static Run finish(Process p) throws Exception {
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "bin/php ended");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
