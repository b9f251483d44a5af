package io.phasm.config;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How instances keep PHP's linear memory; each is written in the configuration as its {@link #configName()}. */
public enum InstanceMemory {
    /** One array per instance: PHP runs fastest; each instance holds its whole memory (~85 MB). */
    FLAT("flat"),
    /** Pages shared with the warm snapshot until written: slower PHP, an instance holds ~1 MB plus what it wrote. */
    PAGED("paged");

    private final String configName;

    InstanceMemory(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    static InstanceMemory fromConfigName(String name) {
        return Arrays.stream(values()).filter(memory -> memory.configName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    static String configNames() {
        return Arrays.stream(values()).map(InstanceMemory::configName).collect(Collectors.joining(" or "));
    }
}
