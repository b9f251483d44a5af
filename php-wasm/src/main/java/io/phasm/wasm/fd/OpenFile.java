package io.phasm.wasm.fd;

import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.vfs.FsException;
import io.phasm.wasm.vfs.Stat;
import java.util.List;

/**
 * An open file description: what one or more descriptors (after dup) refer to, with its
 * position and status flags. Each kind (regular file, directory, device, pipe, socket)
 * overrides what it supports; the rest fails with the errno Linux gives.
 */
public abstract class OpenFile {
    public static final int O_ACCMODE = 03, O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2;
    public static final int O_APPEND = 02000, O_NONBLOCK = 04000;
    public static final int POLLIN = 1, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    private final String path;
    private int statusFlags;
    private int references = 1;

    protected OpenFile(String path, int statusFlags) {
        this.path = path;
        this.statusFlags = statusFlags;
    }

    /** The path it was opened by (for /proc/self/fd, fstat of a directory, fchdir). */
    public String path() {
        return path;
    }

    public int statusFlags() {
        return statusFlags;
    }

    /** F_SETFL: only O_APPEND and O_NONBLOCK can change, as on Linux. */
    public void setStatusFlags(int flags) {
        int changeable = O_APPEND | O_NONBLOCK;
        statusFlags = (statusFlags & ~changeable) | (flags & changeable);
    }

    public boolean readable() {
        return (statusFlags & O_ACCMODE) != O_WRONLY;
    }

    public boolean writable() {
        return (statusFlags & O_ACCMODE) != O_RDONLY;
    }

    /** Reads at the current position; returns the count, 0 at the end; throws EAGAIN when nothing is there yet. */
    public int read(byte[] buffer, int offset, int len) {
        throw new FsException(Errno.EBADF, "not readable");
    }

    public int write(byte[] buffer, int offset, int len) {
        throw new FsException(Errno.EBADF, "not writable");
    }

    public int readAt(long position, byte[] buffer, int offset, int len) {
        throw new FsException(Errno.ESPIPE, "not seekable");
    }

    public int writeAt(long position, byte[] buffer, int offset, int len) {
        throw new FsException(Errno.ESPIPE, "not seekable");
    }

    public long seek(long offset, int whence) {
        throw new FsException(Errno.ESPIPE, "not seekable");
    }

    public abstract Stat stat();

    /** Ready events as poll() reports them (before masking with the requested ones). */
    public int pollEvents() {
        return POLLIN | POLLOUT;
    }

    /**
     * Completes when the events poll() reports may have changed (a socket received data or
     * connected); null when nothing can change while the process waits (files, pipes).
     */
    public java.util.concurrent.CompletableFuture<?> whenEventsChange(int interest) {
        return null;
    }

    public void truncate(long size) {
        throw new FsException(Errno.EINVAL, "not a regular file");
    }

    public void sync() {
        // nothing buffered by default
    }

    /** Directory entries (with "." and ".."), for getdents. */
    public List<String> directoryEntries() {
        throw new FsException(Errno.ENOTDIR, path);
    }

    public boolean isTerminal() {
        return false;
    }

    final void retain() {
        references++;
    }

    /** Drops one descriptor's reference; the last one releases the file and returns true. */
    final boolean releaseReference() {
        if (--references == 0) {
            close();
            return true;
        }
        return false;
    }

    /** Releases what the description holds, once no descriptor refers to it. */
    protected void close() {}
}
