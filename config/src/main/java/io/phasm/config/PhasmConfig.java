package io.phasm.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Phasm's whole configuration, validated: every value is present, in range, and every path is
 * absolute. Made by {@link ConfigLoader}; the YAML sections have the same names as the components.
 */
public record PhasmConfig(ServerConfig server, SiteConfig site, PhpConfig php, InstancesConfig instances,
                          NetworkConfig network, LogConfig log) {

    /** The defaults serving {@code docroot}, as if started with {@code phasm DOCROOT}. */
    public static PhasmConfig defaults(Path docroot) {
        Path absolute = docroot.toAbsolutePath();
        return ConfigLoader.load(Optional.empty(), Map.of("site.docroot", Overrides.literal(absolute.toString())),
                absolute);
    }
}
