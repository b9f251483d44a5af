package io.phasm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phasm.config.ConfigLoader;
import io.phasm.config.PhasmConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhpSetupTest {
    private static final long MB = 1 << 20;

    @TempDir
    Path docroot;

    private PhasmConfig config(String memory, String max) {
        return ConfigLoader.load(Optional.empty(), Map.of("site.docroot", "'" + docroot + "'", "instances.memory", memory,
                "instances.max", max, "instances.ready", "2"), docroot);
    }

    @Test
    void warnsWhenFlatInstancesCannotAllFitTheHeap() {
        assertEquals(Optional.of("heap: instances.max 48 + instances.ready 2 instances of 85 MB each (instances.memory: flat)"
                        + " need 4250 MB, more than the JVM's heap of 4096 MB: raise PHASM_HEAP, lower instances.max, or set"
                        + " instances.memory: paged (slower PHP, ~1 MB per instance plus what its request writes)"),
                PhpSetup.heapWarning(config("flat", "48"), 85 * MB, 4096 * MB));
        assertTrue(PhpSetup.heapWarning(config("flat", "16"), 85 * MB, 4096 * MB).isEmpty(), "the defaults fit 4 GB");
        assertTrue(PhpSetup.heapWarning(config("paged", "48"), 85 * MB, 4096 * MB).isEmpty(), "paged instances hold what they write");
    }
}
