package io.phasm.wasm.vfs;

import io.phasm.wasm.abi.Errno;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A symlink on the host. Its target is translated into the virtual file system: an absolute
 * target inside the mount's host directory maps to the same place under the mount point; any
 * other absolute target is read as a virtual path, so a link can never lead out of the mounts.
 */
final class HostSymlink extends Symlink {
    private final HostMount mount;
    private final Path path;

    HostSymlink(HostMount mount, Path path) {
        this.mount = mount;
        this.path = path;
    }

    @Override
    public String target() {
        Path target;
        try {
            target = Files.readSymbolicLink(path);
        } catch (IOException e) {
            throw HostNodes.errno(e);
        }
        if (target.isAbsolute()) {
            Path normalized = target.normalize();
            if (normalized.startsWith(mount.hostRoot())) {
                String relative = mount.hostRoot().relativize(normalized).toString();
                return relative.isEmpty() ? mount.mountPoint() : VirtualPaths.join(mount.mountPoint(), relative);
            }
        }
        return target.toString();
    }

    @Override
    public Stat stat() {
        return HostNodes.stat(path, NodeType.SYMLINK);
    }

    @Override
    public boolean readOnly() {
        return mount.readOnly();
    }

    @Override
    public void setPermissions(int permissions) {
        throw new FsException(Errno.EOPNOTSUPP, "symlink permissions");
    }

    @Override
    public void setTimes(long atimeNanos, long mtimeNanos) {
        checkWritable();
        HostNodes.setTimes(path, atimeNanos, mtimeNanos);
    }
}
