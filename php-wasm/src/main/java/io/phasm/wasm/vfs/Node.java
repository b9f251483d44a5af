package io.phasm.wasm.vfs;

/** A file-system object: directory, regular file, symlink or device, in memory or on the host. */
public abstract sealed class Node permits Directory, RegularFile, Symlink, Device {

    public abstract Stat stat();

    /** Whether the node lives on a read-only mount: every change fails with EROFS. */
    public abstract boolean readOnly();

    public abstract void setPermissions(int permissions);

    /** Sets access and modification times; a negative value leaves that time unchanged. */
    public abstract void setTimes(long atimeNanos, long mtimeNanos);

    public NodeType type() {
        return stat().type();
    }

    protected final void checkWritable() {
        if (readOnly()) {
            throw new FsException(io.phasm.wasm.abi.Errno.EROFS, "read-only mount");
        }
    }
}
