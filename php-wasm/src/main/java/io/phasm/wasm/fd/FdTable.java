package io.phasm.wasm.fd;

import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.vfs.FsException;
import java.util.function.BiConsumer;

/** The descriptor table of one PHP instance: small integers mapped to open file descriptions. */
public final class FdTable {
    /** Same bound getdtablesize() reports to PHP (sapi/libc_gaps.c). */
    public static final int MAX_DESCRIPTORS = 1024;

    private final OpenFile[] files = new OpenFile[MAX_DESCRIPTORS];
    private final BiConsumer<OpenFile, Boolean> onDescriptorClosed;

    /**
     * onDescriptorClosed runs for every closed descriptor, told whether it was the description's
     * last one (POSIX record locks go with any close, flock locks with the last).
     */
    public FdTable(BiConsumer<OpenFile, Boolean> onDescriptorClosed) {
        this.onDescriptorClosed = onDescriptorClosed;
    }

    public OpenFile get(int fd) {
        if (fd < 0 || fd >= files.length || files[fd] == null) {
            throw new FsException(Errno.EBADF, "bad file descriptor " + fd);
        }
        return files[fd];
    }

    /** Installs a new description at the lowest free descriptor ≥ min. */
    public int add(OpenFile file, int min) {
        for (int fd = Math.max(min, 0); fd < files.length; fd++) {
            if (files[fd] == null) {
                files[fd] = file;
                return fd;
            }
        }
        file.releaseReference();
        throw new FsException(Errno.EMFILE, "too many open files");
    }

    public int add(OpenFile file) {
        return add(file, 0);
    }

    /** dup/F_DUPFD: a second descriptor sharing the description (position included). */
    public int duplicate(int fd, int min) {
        OpenFile file = get(fd);
        file.retain();
        return add(file, min);
    }

    /** dup2/dup3: newFd refers to fd's description, closing what newFd had. */
    public int duplicateTo(int fd, int newFd) {
        OpenFile file = get(fd);
        if (newFd < 0 || newFd >= files.length) {
            throw new FsException(Errno.EBADF, "bad file descriptor " + newFd);
        }
        if (files[newFd] == file) {
            return newFd;
        }
        if (files[newFd] != null) {
            close(newFd);
        }
        file.retain();
        files[newFd] = file;
        return newFd;
    }

    public void close(int fd) {
        OpenFile file = get(fd);
        files[fd] = null;
        onDescriptorClosed.accept(file, file.releaseReference());
    }

    /** The descriptors in use, lowest first. */
    public java.util.List<Integer> openDescriptors() {
        java.util.List<Integer> open = new java.util.ArrayList<>();
        for (int fd = 0; fd < files.length; fd++) {
            if (files[fd] != null) {
                open.add(fd);
            }
        }
        return open;
    }

    /** Closes every descriptor (end of the instance). */
    public void closeAll() {
        for (int fd = 0; fd < files.length; fd++) {
            if (files[fd] != null) {
                close(fd);
            }
        }
    }
}
