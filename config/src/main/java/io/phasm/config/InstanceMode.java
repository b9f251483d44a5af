package io.phasm.config;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How instances serve requests; each is written in the configuration as its {@link #configName()}. */
public enum InstanceMode {
    /** A fresh instance, copied from a warm snapshot, for every request: nothing leaks between requests. */
    PER_REQUEST("per-request"),
    /** PHP-FPM style: an instance serves requests one after another. */
    REUSE("reuse");

    private final String configName;

    InstanceMode(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    static InstanceMode fromConfigName(String name) {
        return Arrays.stream(values()).filter(mode -> mode.configName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    static String configNames() {
        return Arrays.stream(values()).map(InstanceMode::configName).collect(Collectors.joining(" or "));
    }
}
