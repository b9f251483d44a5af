package io.phasm.wasm.vfs;

import io.phasm.wasm.abi.Errno;

/** A character device: a stream with no positions (/dev/null, /dev/urandom, the stdio streams). */
public abstract non-sealed class Device extends Node {
    private final long inode = MemoryNodes.nextInode();

    /** Reads up to len bytes; returns the count, 0 at end of stream, or -EAGAIN when nothing is there yet. */
    public abstract int read(byte[] buffer, int offset, int len);

    /** Writes len bytes; returns the count written. */
    public abstract int write(byte[] buffer, int offset, int len);

    /** Whether isatty() should say yes. */
    public boolean isTerminal() {
        return false;
    }

    @Override
    public Stat stat() {
        return new Stat(NodeType.CHARACTER_DEVICE, 0666, 0, inode, 1, 0, 0, 0);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public void setPermissions(int permissions) {
        throw new FsException(Errno.EPERM, "device");
    }

    @Override
    public void setTimes(long atimeNanos, long mtimeNanos) {
        // devices keep no times
    }
}
