package io.phasm.config;

/** How instances keep PHP's linear memory; each is written in the configuration as its {@link #configName()}. */
public enum InstanceMemory implements ConfigNamed {
    /** One array per instance: PHP runs fastest; each instance holds its whole memory (~85 MB). */
    FLAT("flat"),
    /** Pages shared with the warm snapshot until written: slower PHP, an instance holds ~1 MB plus what it wrote. */
    PAGED("paged");

    private final String configName;

    InstanceMemory(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
