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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code bin/php} command as users run it, after the build packaged what it runs: its AOT
 * cache is recorded once after a build, by whichever of several concurrent first runs gets the
 * lock, without touching any run's output, and runs after it use the cache instead of recording
 * again.
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
            first.add(start(null, "-r", "echo 'run " + i + "', PHP_EOL;"));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(new Run(0, "run " + i + "\n", ""), finish(first.get(i)));
        }
        assertTrue(Files.exists(CACHE), "the first runs recorded " + CACHE);
        FileTime recorded = Files.getLastModifiedTime(CACHE);

        assertEquals(new Run(0, "again\n", ""), finish(start(null, "-r", "echo 'again', PHP_EOL;")));
        assertEquals(recorded, Files.getLastModifiedTime(CACHE), "a run after a fresh recording uses it");
    }

    @Test
    void withTheCacheOffNothingIsRecorded() throws Exception {
        assertEquals(new Run(0, "off\n", ""), finish(start("off", "-r", "echo 'off', PHP_EOL;")));
        assertFalse(Files.exists(CACHE));
    }

    private static Process start(String aot, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin/php").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(HOME.toFile());
        builder.environment().remove("PHASM_AOT");
        if (aot != null) {
            builder.environment().put("PHASM_AOT", aot);
        }
        return builder.start();
    }

    private static Run finish(Process p) throws Exception {
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "bin/php ended");
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
