package io.phasm.wasm.vfs;

/** Permissions, times and inode of an in-memory node. */
final class MemoryAttributes {
    final long inode = MemoryNodes.nextInode();
    int permissions;
    long atime;
    long mtime;
    long ctime;

    MemoryAttributes(int permissions) {
        this.permissions = permissions & 07777;
        this.atime = this.mtime = this.ctime = MemoryNodes.now();
    }

    Stat stat(NodeType type, long size, long nlink) {
        return new Stat(type, permissions, size, inode, nlink, atime, mtime, ctime);
    }

    void touch() {
        mtime = ctime = MemoryNodes.now();
    }

    void setTimes(long atimeNanos, long mtimeNanos) {
        if (atimeNanos >= 0) atime = atimeNanos;
        if (mtimeNanos >= 0) mtime = mtimeNanos;
        ctime = MemoryNodes.now();
    }
}
