package io.phasm.wasm.vfs;

import io.phasm.wasm.abi.Errno;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A directory held in memory; children keep their insertion-independent (sorted) order. */
public final class MemoryDirectory extends Directory {
    private final MemoryAttributes attributes;
    private final Map<String, Node> children = new TreeMap<>();

    public MemoryDirectory(int permissions) {
        this.attributes = new MemoryAttributes(permissions);
    }

    @Override
    public synchronized Node lookup(String name) {
        return children.get(name);
    }

    @Override
    public synchronized List<String> list() {
        return new ArrayList<>(children.keySet());
    }

    @Override
    public synchronized RegularFile createFile(String name, int permissions) {
        requireAbsent(name);
        MemoryFile file = new MemoryFile(permissions);
        children.put(name, file);
        attributes.touch();
        return file;
    }

    /** Adds an existing node (a device, a prepared file) under name. */
    public synchronized void adopt(String name, Node node) {
        requireAbsent(name);
        children.put(name, node);
        attributes.touch();
    }

    @Override
    public synchronized Directory createDirectory(String name, int permissions) {
        requireAbsent(name);
        MemoryDirectory dir = new MemoryDirectory(permissions);
        children.put(name, dir);
        attributes.touch();
        return dir;
    }

    @Override
    public synchronized void createSymlink(String name, String target) {
        requireAbsent(name);
        children.put(name, new MemorySymlink(target));
        attributes.touch();
    }

    @Override
    public synchronized void remove(String name, boolean directory) {
        Node child = children.get(name);
        if (child == null) {
            throw new FsException(Errno.ENOENT, name);
        }
        checkRemovable(child, directory);
        children.remove(name);
        attributes.touch();
    }

    @Override
    public void rename(String from, Directory target, String to) {
        if (!(target instanceof MemoryDirectory dest)) {
            throw new FsException(Errno.EXDEV, "rename across mounts");
        }
        // Lock both directories in a fixed order so two concurrent renames cannot deadlock.
        MemoryDirectory first = System.identityHashCode(this) <= System.identityHashCode(dest) ? this : dest;
        MemoryDirectory second = first == this ? dest : this;
        synchronized (first) {
            synchronized (second) {
                Node moving = children.get(from);
                if (moving == null) {
                    throw new FsException(Errno.ENOENT, from);
                }
                Node replaced = dest.children.get(to);
                if (replaced == moving) {
                    return;
                }
                if (replaced != null) {
                    checkRemovable(replaced, moving instanceof Directory);
                }
                children.remove(from);
                dest.children.put(to, moving);
                attributes.touch();
                dest.attributes.touch();
            }
        }
    }

    private static void checkRemovable(Node child, boolean directory) {
        if (directory && !(child instanceof Directory)) {
            throw new FsException(Errno.ENOTDIR, "not a directory");
        }
        if (!directory && child instanceof Directory) {
            throw new FsException(Errno.EISDIR, "is a directory");
        }
        if (child instanceof MemoryDirectory dir && !dir.list().isEmpty()) {
            throw new FsException(Errno.ENOTEMPTY, "directory not empty");
        }
    }

    private void requireAbsent(String name) {
        if (children.containsKey(name)) {
            throw new FsException(Errno.EEXIST, name);
        }
    }

    @Override
    public synchronized Stat stat() {
        return attributes.stat(NodeType.DIRECTORY, 4096, 2);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public synchronized void setPermissions(int permissions) {
        attributes.permissions = permissions & 07777;
    }

    @Override
    public synchronized void setTimes(long atimeNanos, long mtimeNanos) {
        attributes.setTimes(atimeNanos, mtimeNanos);
    }
}
