package io.phasm.wasm.boot;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The build's test JVMs, like bin/java-env.sh's, take io.phasm.wasm.boot from the boot class path
 * (the root pom's phasm.jvm.flags): loaded from the class path instead, everything still works but
 * the largest functions' memory accesses silently stop being inlined.
 */
class BootClassPathTest {
    @Test
    void theInlinedAccessorsComeFromTheBootClassPath() {
        assertNull(InlinedMemoryAccess.class.getClassLoader(), "loaded by the boot class loader");
        assertNull(FlatView.class.getClassLoader(), "loaded by the boot class loader");
    }
}
