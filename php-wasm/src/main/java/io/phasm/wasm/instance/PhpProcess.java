package io.phasm.wasm.instance;

import io.phasm.network.NetworkBridge;
import io.phasm.network.NetworkSession;
import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.fd.DeviceHandle;
import io.phasm.wasm.fd.DirectoryHandle;
import io.phasm.wasm.fd.FdTable;
import io.phasm.wasm.fd.FileLocks;
import io.phasm.wasm.fd.OpenFile;
import io.phasm.wasm.fd.RegularFileHandle;
import io.phasm.wasm.vfs.Device;
import io.phasm.wasm.vfs.Devices;
import io.phasm.wasm.vfs.Directory;
import io.phasm.wasm.vfs.FsException;
import io.phasm.wasm.vfs.HostMount;
import io.phasm.wasm.vfs.MemoryFile;
import io.phasm.wasm.vfs.Node;
import io.phasm.wasm.vfs.RegularFile;
import io.phasm.wasm.vfs.Resolved;
import io.phasm.wasm.vfs.Symlink;
import io.phasm.wasm.vfs.VirtualFileSystem;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one PHP instance sees as its process: file system, working directory, descriptors,
 * environment and stdio. The host imports operate on it; nothing here touches wasm memory.
 */
public final class PhpProcess {
    public static final int O_CREAT = 0100, O_EXCL = 0200, O_TRUNC = 01000;
    public static final int O_DIRECTORY = 0200000, O_NOFOLLOW = 0400000;
    public static final int AT_FDCWD = -100;
    private static final int UMASK = 022;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] OPENSSL_CNF = resource("openssl.cnf");

    private final Builder settings;
    private final FileLocks locks;
    private final List<String> environment;
    private VirtualFileSystem fileSystem;
    private FdTable descriptors;
    private NetworkSession network;
    private String workingDirectory;

    private PhpProcess(Builder b) {
        this.settings = b.copy();
        this.locks = b.locks;
        this.environment = List.copyOf(b.environment);
        start();
    }

    /** The process as built: a fresh in-memory root with the devices and mounts, stdio open. */
    private void start() {
        this.network = settings.network == null ? null : settings.network.session();
        this.fileSystem = new VirtualFileSystem();
        this.descriptors = new FdTable(this::descriptorClosed);
        for (String dir : List.of("/tmp", "/dev", "/home", "/etc/ssl")) {
            fileSystem.makeDirectories(dir);
        }
        fileSystem.place("/etc/ssl/openssl.cnf", parent -> new MemoryFile(0644, OPENSSL_CNF));
        Device stdin = Devices.input(settings.stdin);
        Device stdout = Devices.output(settings.stdout);
        Device stderr = Devices.output(settings.stderr);
        fileSystem.place("/dev/null", parent -> Devices.nullDevice());
        fileSystem.place("/dev/zero", parent -> Devices.zero());
        fileSystem.place("/dev/random", parent -> Devices.random(RANDOM));
        fileSystem.place("/dev/urandom", parent -> Devices.random(RANDOM));
        fileSystem.place("/dev/stdin", parent -> stdin);
        fileSystem.place("/dev/stdout", parent -> stdout);
        fileSystem.place("/dev/stderr", parent -> stderr);
        for (HostMount mount : settings.mounts) {
            fileSystem.mount(mount);
        }
        descriptors.add(new DeviceHandle("/dev/stdin", OpenFile.O_RDONLY, stdin));
        descriptors.add(new DeviceHandle("/dev/stdout", OpenFile.O_WRONLY, stdout));
        descriptors.add(new DeviceHandle("/dev/stderr", OpenFile.O_WRONLY, stderr));
        this.workingDirectory = "/";
        changeDirectory(settings.workingDirectory);
    }

    /**
     * Ends the process and starts it again as built: everything it opened is closed, its locks
     * released, its in-memory files gone. For an instance reset to a snapshot between requests.
     */
    public void restart() {
        exit();
        start();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PhpProcess.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + name, e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public VirtualFileSystem fileSystem() {
        return fileSystem;
    }

    public FdTable descriptors() {
        return descriptors;
    }

    public FileLocks locks() {
        return locks;
    }

    public List<String> environment() {
        return environment;
    }

    public String workingDirectory() {
        return workingDirectory;
    }

    public void changeDirectory(String path) {
        Resolved r = resolve(path, true);
        if (!(r.existing() instanceof Directory)) {
            throw new FsException(Errno.ENOTDIR, path);
        }
        workingDirectory = r.path();
    }

    public Resolved resolve(String path, boolean followLast) {
        return fileSystem.resolve(workingDirectory, path, followLast);
    }

    /** Resolves path relative to directory descriptor dirFd (or the working directory for AT_FDCWD). */
    public Resolved resolveAt(int dirFd, String path, boolean followLast) {
        if (dirFd == AT_FDCWD || path.startsWith("/")) {
            return resolve(path, followLast);
        }
        OpenFile dir = descriptors.get(dirFd);
        if (!(dir instanceof DirectoryHandle)) {
            throw new FsException(Errno.ENOTDIR, "descriptor " + dirFd + " is not a directory");
        }
        return fileSystem.resolve(dir.path(), path, followLast);
    }

    /** open(2): returns the new descriptor. */
    public int open(int dirFd, String path, int flags, int mode) {
        boolean create = (flags & O_CREAT) != 0;
        boolean exclusive = create && (flags & O_EXCL) != 0;
        Resolved r = resolveAt(dirFd, path, !exclusive && (flags & O_NOFOLLOW) == 0);
        Node node = r.node();
        if (node == null) {
            if (!create) {
                throw new FsException(Errno.ENOENT, path);
            }
            node = r.parent().createFile(r.name(), mode & ~UMASK);
        } else if (exclusive) {
            throw new FsException(Errno.EEXIST, path);
        }
        int access = flags & OpenFile.O_ACCMODE;
        OpenFile file = switch (node) {
            case Symlink ignored -> throw new FsException(Errno.ELOOP, path);
            case Directory dir -> {
                if (access != OpenFile.O_RDONLY || create) {
                    throw new FsException(Errno.EISDIR, path);
                }
                yield new DirectoryHandle(r.path(), flags, dir);
            }
            case RegularFile regular -> {
                if ((flags & O_DIRECTORY) != 0) {
                    throw new FsException(Errno.ENOTDIR, path);
                }
                RegularFileHandle handle = new RegularFileHandle(r.path(), flags, regular);
                if ((flags & O_TRUNC) != 0 && access != OpenFile.O_RDONLY) {
                    handle.truncate(0);
                }
                yield handle;
            }
            case Device device -> new DeviceHandle(r.path(), flags, device);
        };
        return descriptors.add(file);
    }

    /**
     * POSIX: closing any descriptor of a file drops the record locks this process holds on it;
     * a flock() lock belongs to the open file description and goes with its last descriptor.
     */
    private void descriptorClosed(OpenFile file, boolean lastReference) {
        if (file instanceof RegularFileHandle handle) {
            locks.releaseFile(handle.file().lockKey(), this);
            if (lastReference) {
                locks.releaseFile(new FileLocks.WholeFileKey(handle.file().lockKey()), handle);
            }
        }
    }

    /** Closes everything the process holds (the instance is done). */
    public void exit() {
        descriptors.closeAll();
        locks.releaseOwner(this);
        if (network != null) {
            network.close();
        }
    }

    /** The process's way to the network, or empty if it has none (sockets then fail). */
    public java.util.Optional<NetworkSession> network() {
        return java.util.Optional.ofNullable(network);
    }

    /** How a process is set up. */
    public static final class Builder {
        private final List<HostMount> mounts = new ArrayList<>();
        private final List<String> environment = new ArrayList<>();
        private FileLocks locks = new FileLocks();
        private InputStream stdin = InputStream.nullInputStream();
        private OutputStream stdout = OutputStream.nullOutputStream();
        private OutputStream stderr = OutputStream.nullOutputStream();
        private String workingDirectory = "/";
        private NetworkBridge network;

        /** Lets the process open outbound connections and resolve names through bridge. */
        public Builder network(NetworkBridge bridge) {
            this.network = bridge;
            return this;
        }

        public Builder mount(HostMount mount) {
            mounts.add(mount);
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            variables.forEach((k, v) -> environment.add(k + "=" + v));
            return this;
        }

        /** Shared lock table: instances using the same files must share it. */
        public Builder locks(FileLocks locks) {
            this.locks = locks;
            return this;
        }

        public Builder stdio(InputStream in, OutputStream out, OutputStream err) {
            this.stdin = in;
            this.stdout = out;
            this.stderr = err;
            return this;
        }

        public Builder workingDirectory(String path) {
            this.workingDirectory = path;
            return this;
        }

        public PhpProcess build() {
            return new PhpProcess(this);
        }

        private Builder copy() {
            Builder c = new Builder();
            c.mounts.addAll(mounts);
            c.environment.addAll(environment);
            c.locks = locks;
            c.stdin = stdin;
            c.stdout = stdout;
            c.stderr = stderr;
            c.workingDirectory = workingDirectory;
            c.network = network;
            return c;
        }
    }
}
