package io.phasm.wasm.vfs;

import io.phasm.wasm.abi.Errno;

/** A symbolic link held in memory. */
public final class MemorySymlink extends Symlink {
    private final MemoryAttributes attributes = new MemoryAttributes(0777);
    private final String target;

    public MemorySymlink(String target) {
        this.target = target;
    }

    @Override
    public String target() {
        return target;
    }

    @Override
    public Stat stat() {
        return attributes.stat(NodeType.SYMLINK, target.length(), 1);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public void setPermissions(int permissions) {
        throw new FsException(Errno.EOPNOTSUPP, "symlink permissions");
    }

    @Override
    public synchronized void setTimes(long atimeNanos, long mtimeNanos) {
        attributes.setTimes(atimeNanos, mtimeNanos);
    }
}
