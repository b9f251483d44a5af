package io.phasm.config;

import java.nio.file.Path;

/**
 * A host directory PHP sees at a path of its own.
 *
 * @param host the directory on the host, absolute
 * @param path where PHP sees it: absolute, not /, without empty, . or .. parts
 * @param readOnly whether PHP may only read it
 */
public record Mount(Path host, String path, boolean readOnly) {
}
