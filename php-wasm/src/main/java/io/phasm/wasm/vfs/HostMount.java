package io.phasm.wasm.vfs;

import java.nio.file.Path;

/** A host directory mounted into the virtual file system at mountPoint. */
public record HostMount(Path hostRoot, String mountPoint, boolean readOnly) {
    public HostMount {
        hostRoot = hostRoot.toAbsolutePath().normalize();
    }
}
