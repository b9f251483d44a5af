package io.phasm.wasm.vfs;

import io.phasm.wasm.abi.Errno;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A directory on the host, inside a mount. */
final class HostDirectory extends Directory {
    private final HostMount mount;
    private final Path path;

    HostDirectory(HostMount mount, Path path) {
        this.mount = mount;
        this.path = path;
    }

    @Override
    public Node lookup(String name) {
        return HostNodes.nodeFor(mount, path.resolve(name));
    }

    @Override
    public List<String> list() {
        try (Stream<Path> entries = Files.list(path)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw HostNodes.errno(e);
        }
    }

    @Override
    public RegularFile createFile(String name, int permissions) {
        checkWritable();
        Path file = path.resolve(name);
        try {
            Files.createFile(file);
            HostNodes.setPermissions(file, permissions);
        } catch (IOException e) {
            throw HostNodes.errno(e);
        }
        return new HostFile(mount, file);
    }

    @Override
    public Directory createDirectory(String name, int permissions) {
        checkWritable();
        Path dir = path.resolve(name);
        try {
            Files.createDirectory(dir);
            HostNodes.setPermissions(dir, permissions);
        } catch (IOException e) {
            throw HostNodes.errno(e);
        }
        return new HostDirectory(mount, dir);
    }

    @Override
    public void createSymlink(String name, String target) {
        checkWritable();
        try {
            // Stored as given; it is only ever resolved inside the virtual file system.
            Files.createSymbolicLink(path.resolve(name), Path.of(target));
        } catch (IOException e) {
            throw HostNodes.errno(e);
        }
    }

    @Override
    public void remove(String name, boolean directory) {
        checkWritable();
        Path child = path.resolve(name);
        Node node = HostNodes.nodeFor(mount, child);
        if (node == null) {
            throw new FsException(Errno.ENOENT, name);
        }
        if (directory != (node instanceof Directory)) {
            throw new FsException(directory ? Errno.ENOTDIR : Errno.EISDIR, name);
        }
        try {
            Files.delete(child);
        } catch (IOException e) {
            throw HostNodes.errno(e);
        }
    }

    @Override
    public void rename(String from, Directory target, String to) {
        checkWritable();
        if (!(target instanceof HostDirectory dest) || !dest.mount.equals(mount)) {
            throw new FsException(Errno.EXDEV, "rename across mounts");
        }
        try {
            Files.move(path.resolve(from), dest.path.resolve(to), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw HostNodes.errno(e);
        }
    }

    @Override
    public Stat stat() {
        return HostNodes.stat(path, NodeType.DIRECTORY);
    }

    @Override
    public boolean readOnly() {
        return mount.readOnly();
    }

    @Override
    public void setPermissions(int permissions) {
        checkWritable();
        HostNodes.setPermissions(path, permissions);
    }

    @Override
    public void setTimes(long atimeNanos, long mtimeNanos) {
        checkWritable();
        HostNodes.setTimes(path, atimeNanos, mtimeNanos);
    }
}
