package io.phasm.wasm.vfs;

import io.phasm.wasm.abi.Errno;
import java.util.Arrays;

/** A regular file held in memory. All opens share the same bytes. */
public final class MemoryFile extends RegularFile implements FileContent {
    /** Largest in-memory file: a Java array's limit, well above what PHP can address anyway. */
    private static final long MAX_SIZE = Integer.MAX_VALUE - 16;
    private final MemoryAttributes attributes;
    private byte[] data = new byte[0];
    private int size;

    public MemoryFile(int permissions) {
        this.attributes = new MemoryAttributes(permissions);
    }

    public MemoryFile(int permissions, byte[] content) {
        this(permissions);
        this.data = content.clone();
        this.size = content.length;
    }

    @Override
    public FileContent open(boolean write) {
        return this;
    }

    @Override
    public Object lockKey() {
        return this;
    }

    @Override
    public synchronized int read(long position, byte[] buffer, int offset, int len) {
        if (position >= size) {
            return 0;
        }
        int n = (int) Math.min(len, size - position);
        System.arraycopy(data, (int) position, buffer, offset, n);
        attributes.atime = MemoryNodes.now();
        return n;
    }

    @Override
    public synchronized void write(long position, byte[] buffer, int offset, int len) {
        long end = position + len;
        ensureCapacity(end);
        System.arraycopy(buffer, offset, data, (int) position, len);
        size = (int) Math.max(size, end);
        attributes.touch();
    }

    @Override
    public synchronized long size() {
        return size;
    }

    @Override
    public synchronized void truncate(long newSize) {
        ensureCapacity(newSize);
        if (newSize < size) {
            Arrays.fill(data, (int) newSize, size, (byte) 0);
        }
        size = (int) newSize;
        attributes.touch();
    }

    private void ensureCapacity(long needed) {
        if (needed > MAX_SIZE) {
            throw new FsException(Errno.ENOSPC, "in-memory file too large");
        }
        if (needed > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(MAX_SIZE, Math.max(needed, data.length * 2L)));
        }
    }

    @Override
    public void sync() {
        // nothing to flush: the bytes are the file
    }

    @Override
    public void close() {
        // shared content: nothing to release per open
    }

    @Override
    public synchronized Stat stat() {
        return attributes.stat(NodeType.REGULAR_FILE, size, 1);
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
