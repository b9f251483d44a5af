package io.phasm.config;

/** How instances serve requests; each is written in the configuration as its {@link #configName()}. */
public enum InstanceMode implements ConfigNamed {
    /** A fresh instance, copied from a warm snapshot, for every request: nothing leaks between requests. */
    PER_REQUEST("per-request"),
    /** PHP-FPM style: an instance serves requests one after another. */
    REUSE("reuse");

    private final String configName;

    InstanceMode(String configName) {
        this.configName = configName;
    }

    @Override
    public String configName() {
        return configName;
    }
}
