package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.wasm.abi.CStructs;
import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.fd.DirectoryHandle;
import io.phasm.wasm.fd.FileLocks;
import io.phasm.wasm.fd.OpenFile;
import io.phasm.wasm.fd.Pipe;
import io.phasm.wasm.fd.RegularFileHandle;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.vfs.Directory;
import io.phasm.wasm.vfs.FsException;
import io.phasm.wasm.vfs.Node;
import io.phasm.wasm.vfs.Resolved;
import io.phasm.wasm.vfs.Stat;
import io.phasm.wasm.vfs.Symlink;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The "env" __syscall_* imports for files, directories and descriptors (emscripten 3.1.6's set:
 * path-based open/mkdir/unlink/rename rather than the *at variants), plus poll/select readiness
 * over descriptors. Every call returns a result or -errno.
 */
public final class FileSyscalls {
    private static final int F_DUPFD = 0, F_GETFD = 1, F_SETFD = 2, F_GETFL = 3, F_SETFL = 4;
    private static final int F_GETLK = 12, F_SETLK = 13, F_SETLKW = 14, F_DUPFD_CLOEXEC = 1030;
    /**
     * musl's fcntl.h picks 12-14 or 5-7 for the lock commands depending on whether __LONG_MAX is
     * defined where it is included; code compiled both ways is linked in (SQLite uses 5-7).
     */
    private static final int F_GETLK_ALT = 5, F_SETLK_ALT = 6, F_SETLKW_ALT = 7;
    private static final int F_RDLCK = 0, F_WRLCK = 1, F_UNLCK = 2;
    private static final int AT_SYMLINK_NOFOLLOW = 0x100, AT_EMPTY_PATH = 0x1000;
    private static final int W_OK = 2;
    private static final int FIONREAD = 21531, FIONBIO = 21537;
    private static final int UTIME_NOW = 0x3fffffff, UTIME_OMIT = 0x3ffffffe;
    private static final long LOCK_WAIT_LIMIT_NANOS = 30_000_000_000L;
    private static final long LOCK_RETRY_NANOS = 5_000_000L;

    private final PhpProcess process;
    private final Readiness readiness;

    public FileSyscalls(PhpProcess process, Readiness readiness) {
        this.process = process;
        this.readiness = readiness;
    }

    public List<HostFunction> functions() {
        return new HostFunctions("env")
                .add("__syscall_open", "i(iii)", (inst, a) -> Results.syscall(() -> {
                    Memory m = inst.memory();
                    int mode = a[2] == 0 ? 0 : m.readInt((int) a[2]);
                    return process.open(PhpProcess.AT_FDCWD, path(m, a[0]), (int) a[1], mode);
                }))
                .add("__syscall_fcntl64", "i(iii)", (inst, a) -> Results.syscall(() -> fcntl(inst.memory(), (int) a[0], (int) a[1], (int) a[2])))
                .add("__syscall_ioctl", "i(iii)", (inst, a) -> Results.syscall(() -> ioctl(inst.memory(), (int) a[0], (int) a[1], (int) a[2])))
                .add("__syscall_dup", "i(i)", (inst, a) -> Results.syscall(() -> process.descriptors().duplicate((int) a[0], 0)))
                .add("__syscall_dup3", "i(iii)", (inst, a) -> Results.syscall(() -> {
                    if (a[0] == a[1]) {
                        throw new FsException(Errno.EINVAL, "dup3 to itself");
                    }
                    return process.descriptors().duplicateTo((int) a[0], (int) a[1]);
                }))
                .add("__syscall_fstat64", "i(ii)", (inst, a) -> Results.syscall(() ->
                        writeStat(inst.memory(), (int) a[1], process.descriptors().get((int) a[0]).stat())))
                .add("__syscall_stat64", "i(ii)", (inst, a) -> Results.syscall(() ->
                        writeStat(inst.memory(), (int) a[1], process.resolve(path(inst.memory(), a[0]), true).existing().stat())))
                .add("__syscall_lstat64", "i(ii)", (inst, a) -> Results.syscall(() ->
                        writeStat(inst.memory(), (int) a[1], process.resolve(path(inst.memory(), a[0]), false).existing().stat())))
                .add("__syscall_fstatat64", "i(iiii)", (inst, a) -> Results.syscall(() -> fstatat(inst.memory(), (int) a[0], a[1], (int) a[2], (int) a[3])))
                .add("__syscall_faccessat", "i(iiii)", (inst, a) -> Results.syscall(() -> {
                    Node node = process.resolveAt((int) a[0], path(inst.memory(), a[1]), true).existing();
                    if ((a[2] & W_OK) != 0 && node.readOnly()) {
                        throw new FsException(Errno.EROFS, "read-only mount");
                    }
                    return 0;
                }))
                .add("__syscall_chdir", "i(i)", (inst, a) -> Results.syscall(() -> {
                    process.changeDirectory(path(inst.memory(), a[0]));
                    return 0;
                }))
                .add("__syscall_getcwd", "i(ii)", (inst, a) -> Results.syscall(() -> getcwd(inst.memory(), (int) a[0], (int) a[1])))
                .add("__syscall_chmod", "i(ii)", (inst, a) -> Results.syscall(() -> {
                    process.resolve(path(inst.memory(), a[0]), true).existing().setPermissions((int) a[1]);
                    return 0;
                }))
                .add("__syscall_fchmod", "i(ii)", (inst, a) -> Results.syscall(() -> {
                    nodeOf(process.descriptors().get((int) a[0])).setPermissions((int) a[1]);
                    return 0;
                }))
                // One user owns everything: chown succeeds on what exists and changes nothing.
                .add("__syscall_chown32", "i(iii)", (inst, a) -> Results.syscall(() -> exists(process.resolve(path(inst.memory(), a[0]), true))))
                .add("__syscall_lchown32", "i(iii)", (inst, a) -> Results.syscall(() -> exists(process.resolve(path(inst.memory(), a[0]), false))))
                .add("__syscall_fchown32", "i(iii)", (inst, a) -> Results.syscall(() -> {
                    process.descriptors().get((int) a[0]);
                    return 0;
                }))
                .add("__syscall_fdatasync", "i(i)", (inst, a) -> Results.syscall(() -> {
                    process.descriptors().get((int) a[0]).sync();
                    return 0;
                }))
                .add("__syscall_ftruncate64", "i(iii)", (inst, a) -> Results.syscall(() -> {
                    long length = (a[1] & 0xffffffffL) | (a[2] << 32);
                    if (length < 0) {
                        throw new FsException(Errno.EINVAL, "negative length");
                    }
                    process.descriptors().get((int) a[0]).truncate(length);
                    return 0;
                }))
                .add("__syscall_mkdir", "i(ii)", (inst, a) -> Results.syscall(() -> {
                    Resolved r = process.resolve(path(inst.memory(), a[0]), false);
                    if (r.node() != null) {
                        throw new FsException(Errno.EEXIST, r.path());
                    }
                    r.parent().createDirectory(r.name(), (int) a[1] & ~022);
                    return 0;
                }))
                .add("__syscall_mknod", "i(iii)", (inst, a) -> Results.syscall(() -> {
                    if (((int) a[1] & 0170000) != 0100000 && ((int) a[1] & 0170000) != 0) {
                        throw new FsException(Errno.EPERM, "only regular files can be made");
                    }
                    Resolved r = process.resolve(path(inst.memory(), a[0]), false);
                    if (r.node() != null) {
                        throw new FsException(Errno.EEXIST, r.path());
                    }
                    r.parent().createFile(r.name(), (int) a[1] & 0777 & ~022);
                    return 0;
                }))
                .add("__syscall_getdents64", "i(iii)", (inst, a) -> Results.syscall(() -> getdents(inst.memory(), (int) a[0], (int) a[1], (int) a[2])))
                .add("__syscall_readlink", "i(iii)", (inst, a) -> Results.syscall(() -> readlink(inst.memory(), path(inst.memory(), a[0]), (int) a[1], (int) a[2])))
                .add("__syscall_unlink", "i(i)", (inst, a) -> Results.syscall(() -> remove(path(inst.memory(), a[0]), false)))
                .add("__syscall_rmdir", "i(i)", (inst, a) -> Results.syscall(() -> remove(path(inst.memory(), a[0]), true)))
                .add("__syscall_rename", "i(ii)", (inst, a) -> Results.syscall(() -> rename(path(inst.memory(), a[0]), path(inst.memory(), a[1]))))
                .add("__syscall_symlink", "i(ii)", (inst, a) -> Results.syscall(() -> {
                    String target = path(inst.memory(), a[0]);
                    Resolved r = process.resolve(path(inst.memory(), a[1]), false);
                    if (r.node() != null) {
                        throw new FsException(Errno.EEXIST, r.path());
                    }
                    r.parent().createSymlink(r.name(), target);
                    return 0;
                }))
                .add("__syscall_statfs64", "i(iii)", (inst, a) -> Results.syscall(() -> statfs(inst.memory(), path(inst.memory(), a[0]), (int) a[2])))
                .add("__syscall_utimensat", "i(iiii)", (inst, a) -> Results.syscall(() -> utimensat(inst.memory(), (int) a[0], a[1], (int) a[2], (int) a[3])))
                .add("__syscall_pipe", "i(i)", (inst, a) -> Results.syscall(() -> {
                    Pipe pipe = new Pipe();
                    int readFd = process.descriptors().add(pipe.readEnd());
                    int writeFd = process.descriptors().add(pipe.writeEnd());
                    inst.memory().writeI32((int) a[0], readFd);
                    inst.memory().writeI32((int) a[0] + 4, writeFd);
                    return 0;
                }))
                .add("__syscall_poll", "i(iii)", (inst, a) -> readiness.poll(inst, (int) a[0], (int) a[1], (int) a[2]))
                .add("__syscall__newselect", "i(iiiii)", (inst, a) -> readiness.select(inst, (int) a[0], (int) a[1], (int) a[2], (int) a[3], (int) a[4]))
                .functions();
    }

    static String path(Memory memory, long pointer) {
        if (pointer == 0) {
            throw new FsException(Errno.EFAULT, "NULL path");
        }
        return memory.readCString((int) pointer, StandardCharsets.UTF_8);
    }

    private static int exists(Resolved r) {
        r.existing();
        return 0;
    }

    private static Node nodeOf(OpenFile file) {
        if (file instanceof RegularFileHandle handle) {
            return handle.file();
        }
        if (file instanceof DirectoryHandle handle) {
            return handle.directory();
        }
        throw new FsException(Errno.EPERM, "not a file or directory");
    }

    private int fstatat(Memory memory, int dirFd, long pathPtr, int buf, int flags) {
        String path = pathPtr == 0 ? "" : path(memory, pathPtr);
        if (path.isEmpty()) {
            if ((flags & AT_EMPTY_PATH) == 0) {
                throw new FsException(Errno.ENOENT, "empty path");
            }
            return writeStat(memory, buf, process.descriptors().get(dirFd).stat());
        }
        boolean follow = (flags & AT_SYMLINK_NOFOLLOW) == 0;
        return writeStat(memory, buf, process.resolveAt(dirFd, path, follow).existing().stat());
    }

    static int writeStat(Memory memory, int buf, Stat stat) {
        memory.writeI32(buf + CStructs.Stat.DEV, 1);
        memory.writeI32(buf + CStructs.Stat.INO_TRUNCATED, (int) stat.inode());
        memory.writeI32(buf + CStructs.Stat.MODE, stat.mode());
        memory.writeI32(buf + CStructs.Stat.NLINK, (int) stat.nlink());
        memory.writeI32(buf + CStructs.Stat.UID, 0);
        memory.writeI32(buf + CStructs.Stat.GID, 0);
        memory.writeI32(buf + CStructs.Stat.RDEV, 0);
        memory.writeLong(buf + CStructs.Stat.SIZE_FIELD, stat.size());
        memory.writeI32(buf + CStructs.Stat.BLKSIZE, 4096);
        memory.writeI32(buf + CStructs.Stat.BLOCKS, (int) ((stat.size() + 511) / 512));
        writeTimespec(memory, buf + CStructs.Stat.ATIM, stat.atimeNanos());
        writeTimespec(memory, buf + CStructs.Stat.MTIM, stat.mtimeNanos());
        writeTimespec(memory, buf + CStructs.Stat.CTIM, stat.ctimeNanos());
        memory.writeLong(buf + CStructs.Stat.INO, stat.inode());
        return 0;
    }

    private static void writeTimespec(Memory memory, int at, long nanos) {
        memory.writeI32(at, (int) Math.floorDiv(nanos, 1_000_000_000L));
        memory.writeI32(at + 4, (int) Math.floorMod(nanos, 1_000_000_000L));
    }

    private int getcwd(Memory memory, int buf, int size) {
        byte[] cwd = process.workingDirectory().getBytes(StandardCharsets.UTF_8);
        if (size == 0) {
            throw new FsException(Errno.EINVAL, "size 0");
        }
        if (size < cwd.length + 1) {
            throw new FsException(Errno.ERANGE, "buffer too small");
        }
        memory.write(buf, cwd);
        memory.writeByte(buf + cwd.length, (byte) 0);
        return buf; // emscripten 3.1.6's libc expects the buffer back
    }

    private int fcntl(Memory memory, int fd, int cmd, int varargs) {
        OpenFile file = process.descriptors().get(fd);
        return switch (cmd) {
            case F_DUPFD, F_DUPFD_CLOEXEC -> {
                int min = memory.readInt(varargs);
                if (min < 0) {
                    throw new FsException(Errno.EINVAL, "negative descriptor");
                }
                yield process.descriptors().duplicate(fd, min);
            }
            case F_GETFD, F_SETFD -> 0; // close-on-exec means nothing without exec
            case F_GETFL -> file.statusFlags();
            case F_SETFL -> {
                file.setStatusFlags(memory.readInt(varargs));
                yield 0;
            }
            case F_GETLK, F_SETLK, F_SETLKW -> recordLock(memory, file, cmd, memory.readInt(varargs));
            case F_GETLK_ALT, F_SETLK_ALT, F_SETLKW_ALT -> recordLock(memory, file, cmd + (F_GETLK - F_GETLK_ALT), memory.readInt(varargs));
            default -> throw new FsException(Errno.EINVAL, "fcntl command " + cmd);
        };
    }

    /** fcntl record locks, shared with every instance of this JVM through FileLocks. */
    private int recordLock(Memory memory, OpenFile file, int cmd, int flock) {
        if (!(file instanceof RegularFileHandle handle)) {
            throw new FsException(Errno.EINVAL, "locks need a regular file");
        }
        int type = memory.readShort(flock + CStructs.Flock.TYPE);
        int whence = memory.readShort(flock + CStructs.Flock.WHENCE);
        long start = memory.readLong(flock + CStructs.Flock.START);
        long len = memory.readLong(flock + CStructs.Flock.LEN);
        long base = switch (whence) {
            case 0 -> 0;
            case 1 -> handle.seek(0, 1);
            case 2 -> handle.size();
            default -> throw new FsException(Errno.EINVAL, "bad whence");
        };
        // l_len 0 locks to the end of the file; a negative l_len locks the bytes before l_start.
        long from = len < 0 ? base + start + len : base + start;
        long to = len == 0 ? Long.MAX_VALUE : len < 0 ? base + start : base + start + len;
        if (from < 0) {
            throw new FsException(Errno.EINVAL, "lock before start of file");
        }
        Object key = handle.file().lockKey();
        FileLocks locks = process.locks();
        boolean exclusive = type == F_WRLCK;
        if (type != F_RDLCK && type != F_WRLCK && type != F_UNLCK) {
            throw new FsException(Errno.EINVAL, "lock type " + type);
        }
        if (cmd == F_GETLK) {
            FileLocks.Lock conflict = type == F_UNLCK ? null : locks.conflict(key, process, from, to, exclusive);
            if (conflict == null) {
                memory.writeShort(flock + CStructs.Flock.TYPE, (short) F_UNLCK);
            } else {
                memory.writeShort(flock + CStructs.Flock.TYPE, (short) (conflict.exclusive() ? F_WRLCK : F_RDLCK));
                memory.writeShort(flock + CStructs.Flock.WHENCE, (short) 0);
                memory.writeLong(flock + CStructs.Flock.START, conflict.start());
                memory.writeLong(flock + CStructs.Flock.LEN, conflict.end() == Long.MAX_VALUE ? 0 : conflict.end() - conflict.start());
                memory.writeI32(flock + CStructs.Flock.PID, System.identityHashCode(conflict.owner()) & 0x7fffffff);
            }
            return 0;
        }
        java.util.function.Supplier<long[]> attempt = () ->
                locks.set(key, process, from, to, exclusive, type == F_UNLCK) ? Results.i32(0) : null;
        if (attempt.get() != null) {
            return 0;
        }
        if (cmd == F_SETLK) {
            throw new FsException(Errno.EAGAIN, "locked by another instance");
        }
        // F_SETLKW: another instance holds the lock. fcntl is not an async import, so this waits
        // by blocking (interruptibly), on the same retry as flock.
        try {
            long[] outcome = Timers.retry(attempt, LOCK_RETRY_NANOS, LOCK_WAIT_LIMIT_NANOS, null).get();
            if (outcome == null) {
                throw new FsException(Errno.EINTR, "gave up waiting for a lock");
            }
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FsException(Errno.EINTR, "interrupted while waiting for a lock");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("lock retry failed", e.getCause());
        }
    }

    private int ioctl(Memory memory, int fd, int op, int varargs) {
        OpenFile file = process.descriptors().get(fd);
        return switch (op) {
            case FIONBIO -> {
                int on = memory.readInt(memory.readInt(varargs));
                file.setStatusFlags(on != 0 ? file.statusFlags() | OpenFile.O_NONBLOCK : file.statusFlags() & ~OpenFile.O_NONBLOCK);
                yield 0;
            }
            case FIONREAD -> {
                memory.writeI32(memory.readInt(varargs), 0);
                yield 0;
            }
            default -> {
                if (!file.isTerminal()) {
                    throw new FsException(Errno.ENOTTY, "not a terminal");
                }
                throw new FsException(Errno.EINVAL, "terminal ioctl " + op);
            }
        };
    }

    private int getdents(Memory memory, int fd, int dirp, int count) {
        OpenFile file = process.descriptors().get(fd);
        if (!(file instanceof DirectoryHandle dir)) {
            throw new FsException(Errno.ENOTDIR, "not a directory");
        }
        List<String> entries = dir.directoryEntries();
        int size = CStructs.Dirent.SIZE;
        int index = (int) (dir.position() / size);
        int written = 0;
        while (index < entries.size() && written + size <= count) {
            String name = entries.get(index);
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            int type = 8;
            long inode = index + 1;
            if (!name.equals(".") && !name.equals("..")) {
                Node child = dir.directory().lookup(name);
                if (child == null) {
                    index++; // removed since the listing was taken
                    continue;
                }
                Stat stat = child.stat();
                type = stat.type().direntType;
                inode = stat.inode();
            } else {
                type = 4;
            }
            int at = dirp + written;
            memory.writeLong(at + CStructs.Dirent.INO, inode);
            memory.writeLong(at + CStructs.Dirent.OFF, (long) (index + 1) * size);
            memory.writeShort(at + CStructs.Dirent.RECLEN, (short) size);
            memory.writeByte(at + CStructs.Dirent.TYPE, (byte) type);
            int len = Math.min(bytes.length, CStructs.Dirent.NAME_MAX);
            memory.write(at + CStructs.Dirent.NAME, bytes, 0, len);
            memory.writeByte(at + CStructs.Dirent.NAME + len, (byte) 0);
            written += size;
            index++;
        }
        if (written == 0 && index < entries.size()) {
            throw new FsException(Errno.EINVAL, "buffer too small for a directory entry");
        }
        dir.setPosition((long) index * size);
        return written;
    }

    private int readlink(Memory memory, String path, int buf, int size) {
        Node node = process.resolve(path, false).existing();
        if (!(node instanceof Symlink link)) {
            throw new FsException(Errno.EINVAL, "not a symlink");
        }
        byte[] target = link.target().getBytes(StandardCharsets.UTF_8);
        int n = Math.min(target.length, size);
        memory.write(buf, target, 0, n);
        return n;
    }

    private int remove(String path, boolean directory) {
        Resolved r = process.resolve(path, false);
        r.existing();
        if (r.parent() == null || process.fileSystem().isMountPoint(r.path())) {
            throw new FsException(Errno.EPERM, "cannot remove " + r.path());
        }
        r.parent().remove(r.name(), directory);
        return 0;
    }

    private int rename(String from, String to) {
        Resolved source = process.resolve(from, false);
        source.existing();
        Resolved target = process.resolve(to, false);
        if (source.parent() == null || target.parent() == null
                || process.fileSystem().isMountPoint(source.path()) || process.fileSystem().isMountPoint(target.path())) {
            throw new FsException(Errno.EBUSY, "cannot rename a mount point or /");
        }
        if (source.node() instanceof Directory && (target.path() + "/").startsWith(source.path() + "/")) {
            throw new FsException(Errno.EINVAL, "cannot move a directory into itself");
        }
        source.parent().rename(source.name(), target.parent(), target.name());
        return 0;
    }

    private int statfs(Memory memory, String path, int buf) {
        process.resolve(path, true).existing();
        long total = 1L << 20;
        memory.writeI32(buf + CStructs.Statfs.BSIZE, 4096);
        memory.writeI32(buf + CStructs.Statfs.BLOCKS, (int) total);
        memory.writeI32(buf + CStructs.Statfs.BFREE, (int) (total / 2));
        memory.writeI32(buf + CStructs.Statfs.BAVAIL, (int) (total / 2));
        memory.writeI32(buf + CStructs.Statfs.FILES, (int) total);
        memory.writeI32(buf + CStructs.Statfs.FFREE, (int) (total / 2));
        memory.writeI32(buf + CStructs.Statfs.FSID, 42);
        memory.writeI32(buf + CStructs.Statfs.NAMELEN, 255);
        memory.writeI32(buf + CStructs.Statfs.FRSIZE, 4096);
        memory.writeI32(buf + CStructs.Statfs.FLAGS, 0);
        return 0;
    }

    private int utimensat(Memory memory, int dirFd, long pathPtr, int times, int flags) {
        Node node = pathPtr == 0
                ? nodeOf(process.descriptors().get(dirFd))
                : process.resolveAt(dirFd, path(memory, pathPtr), (flags & AT_SYMLINK_NOFOLLOW) == 0).existing();
        long now = nowNanos();
        long atime = now;
        long mtime = now;
        if (times != 0) {
            atime = timespecToNanos(memory, times, now);
            mtime = timespecToNanos(memory, times + 8, now);
        }
        node.setTimes(atime, mtime);
        return 0;
    }

    private static long timespecToNanos(Memory memory, int at, long now) {
        int nsec = memory.readInt(at + 4);
        if (nsec == UTIME_NOW) {
            return now;
        }
        if (nsec == UTIME_OMIT) {
            return -1;
        }
        return memory.readInt(at) * 1_000_000_000L + nsec;
    }

    private static long nowNanos() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }
}
