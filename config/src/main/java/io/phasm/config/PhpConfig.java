package io.phasm.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How PHP runs.
 *
 * @param ini php.ini overrides, name to value, in the order written
 * @param maxExecutionTime wall-clock limit of one request; zero for none
 * @param sessionDir host directory for session files; it may not exist yet (the server creates it)
 * @param mounts host directories PHP sees, besides the docroot
 */
public record PhpConfig(Map<String, String> ini, Duration maxExecutionTime, Path sessionDir, List<Mount> mounts) {

    public PhpConfig {
        ini = Collections.unmodifiableMap(new LinkedHashMap<>(ini));
        mounts = List.copyOf(mounts);
    }
}
