package io.phasm.wasm.vfs;

import io.phasm.wasm.abi.CStructs;
import io.phasm.wasm.abi.Errno;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file system PHP sees: an in-memory tree with host directories mounted into it.
 *
 * Every path is resolved here, one component at a time, in the virtual namespace: ".." stops at
 * the root, symlink targets (host ones included) are read as virtual paths, and a mount point's
 * host directory is only ever entered by name from inside it. So no path, relative or absolute,
 * with or without symlinks, reaches a host file outside the mounts.
 */
public final class VirtualFileSystem {
    private static final int MAX_SYMLINKS = 40;
    private static final int PATH_MAX = 4096;

    private final MemoryDirectory root = new MemoryDirectory(0755);
    private final Map<String, Directory> mountRoots = new ConcurrentHashMap<>();

    /** Mounts a host directory; the mount point is created in memory if needed. */
    public void mount(HostMount mount) {
        String point = VirtualPaths.normalizeAbsolute(mount.mountPoint());
        if (point.equals("/")) {
            throw new IllegalArgumentException("cannot mount over /");
        }
        if (!Files.isDirectory(mount.hostRoot())) {
            throw new IllegalArgumentException("mount source is not a directory: " + mount.hostRoot());
        }
        makeDirectories(point);
        mountRoots.put(point, new HostDirectory(new HostMount(mount.hostRoot(), point, mount.readOnly()), mount.hostRoot()));
    }

    /** Creates a directory and its parents in memory (set-up helper; existing ones are kept). */
    public void makeDirectories(String path) {
        Directory dir = root;
        List<String> done = new ArrayList<>();
        for (String name : VirtualPaths.components(VirtualPaths.normalizeAbsolute(path))) {
            done.add(name);
            Node child = childOf(dir, VirtualPaths.fromComponents(done), name);
            if (child == null) {
                child = dir.createDirectory(name, 0755);
            }
            if (!(child instanceof Directory next)) {
                throw new FsException(Errno.ENOTDIR, VirtualPaths.fromComponents(done));
            }
            dir = next;
        }
    }

    /** Places a node at an absolute path whose parent exists (set-up helper). */
    public void place(String path, java.util.function.Function<Directory, Node> creator) {
        Resolved r = resolve("/", path, false);
        if (r.node() != null) {
            throw new FsException(Errno.EEXIST, path);
        }
        if (!(r.parent() instanceof MemoryDirectory parent)) {
            throw new IllegalArgumentException("set-up paths must be in memory: " + path);
        }
        parent.adopt(r.name(), creator.apply(parent));
    }

    /**
     * Resolves path (absolute, or relative to cwd) following symlinks on the way, and the last
     * component's too if followLast. The final component may be missing (node null); any earlier
     * one must exist and be a directory.
     */
    public Resolved resolve(String cwd, String path, boolean followLast) {
        if (path.isEmpty()) {
            throw new FsException(Errno.ENOENT, "empty path");
        }
        if (path.length() >= PATH_MAX) {
            throw new FsException(Errno.ENAMETOOLONG, "path too long");
        }
        boolean mustBeDirectory = path.endsWith("/");
        Deque<String> todo = new ArrayDeque<>(VirtualPaths.components(path.startsWith("/") ? path : VirtualPaths.join(cwd, path)));
        List<String> names = new ArrayList<>();
        List<Directory> dirs = new ArrayList<>();
        dirs.add(root);
        Node current = root;
        int symlinks = 0;
        while (!todo.isEmpty()) {
            String name = todo.pollFirst();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (!(current instanceof Directory)) {
                    throw new FsException(Errno.ENOTDIR, VirtualPaths.fromComponents(names));
                }
                if (!names.isEmpty()) {
                    names.removeLast();
                    dirs.removeLast();
                }
                current = dirs.getLast();
                continue;
            }
            if (!(current instanceof Directory dir)) {
                throw new FsException(Errno.ENOTDIR, VirtualPaths.fromComponents(names));
            }
            if (name.length() > CStructs.Dirent.NAME_MAX) {
                throw new FsException(Errno.ENAMETOOLONG, name);
            }
            names.add(name);
            Node child = childOf(dir, VirtualPaths.fromComponents(names), name);
            boolean last = todo.isEmpty();
            if (child == null) {
                if (!last) {
                    throw new FsException(Errno.ENOENT, VirtualPaths.fromComponents(names));
                }
                return new Resolved(VirtualPaths.fromComponents(names), null, dir, name);
            }
            if (child instanceof Symlink link && (!last || followLast || mustBeDirectory)) {
                if (++symlinks > MAX_SYMLINKS) {
                    throw new FsException(Errno.ELOOP, "too many levels of symbolic links");
                }
                names.removeLast();
                String target = link.target();
                if (target.startsWith("/")) {
                    names.clear();
                    dirs.subList(1, dirs.size()).clear();
                }
                current = dirs.getLast();
                List<String> targetParts = VirtualPaths.components(target);
                for (int i = targetParts.size() - 1; i >= 0; i--) {
                    todo.addFirst(targetParts.get(i));
                }
                continue;
            }
            current = child;
            dirs.add(child instanceof Directory d ? d : dir);
        }
        if (mustBeDirectory && !(current instanceof Directory)) {
            throw new FsException(Errno.ENOTDIR, path);
        }
        Directory parent = names.isEmpty() ? null : dirs.get(dirs.size() - 2);
        return new Resolved(VirtualPaths.fromComponents(names), current, parent, names.isEmpty() ? "" : names.getLast());
    }

    private Node childOf(Directory dir, String childPath, String name) {
        Directory mounted = mountRoots.get(childPath);
        return mounted != null ? mounted : dir.lookup(name);
    }

    /** Whether path is a mount point (those cannot be removed or renamed). */
    public boolean isMountPoint(String path) {
        return mountRoots.containsKey(path);
    }

}
