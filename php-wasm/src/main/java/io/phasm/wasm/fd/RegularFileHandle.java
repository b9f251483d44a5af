package io.phasm.wasm.fd;

import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.vfs.FileContent;
import io.phasm.wasm.vfs.FsException;
import io.phasm.wasm.vfs.RegularFile;
import io.phasm.wasm.vfs.Stat;

/** An opened regular file, in memory or on a mounted host directory. */
public final class RegularFileHandle extends OpenFile {
    private static final int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;

    private final RegularFile file;
    private final FileContent content;
    private long position;

    public RegularFileHandle(String path, int statusFlags, RegularFile file) {
        super(path, statusFlags);
        this.file = file;
        this.content = file.open(writable());
    }

    public RegularFile file() {
        return file;
    }

    @Override
    public int read(byte[] buffer, int offset, int len) {
        int n = readAt(position, buffer, offset, len);
        position += n;
        return n;
    }

    @Override
    public int write(byte[] buffer, int offset, int len) {
        if ((statusFlags() & O_APPEND) != 0) {
            position = content.size();
        }
        int n = writeAt(position, buffer, offset, len);
        position += n;
        return n;
    }

    @Override
    public int readAt(long at, byte[] buffer, int offset, int len) {
        if (!readable()) {
            throw new FsException(Errno.EBADF, "not open for reading");
        }
        return content.read(at, buffer, offset, len);
    }

    @Override
    public int writeAt(long at, byte[] buffer, int offset, int len) {
        if (!writable()) {
            throw new FsException(Errno.EBADF, "not open for writing");
        }
        content.write(at, buffer, offset, len);
        return len;
    }

    @Override
    public long seek(long offset, int whence) {
        long base = switch (whence) {
            case SEEK_SET -> 0;
            case SEEK_CUR -> position;
            case SEEK_END -> content.size();
            default -> throw new FsException(Errno.EINVAL, "bad whence");
        };
        if (base + offset < 0) {
            throw new FsException(Errno.EINVAL, "negative position");
        }
        position = base + offset;
        return position;
    }

    public long size() {
        return content.size();
    }

    @Override
    public Stat stat() {
        return file.stat();
    }

    @Override
    public void truncate(long size) {
        if (!writable()) {
            throw new FsException(Errno.EINVAL, "not open for writing");
        }
        content.truncate(size);
    }

    @Override
    public void sync() {
        content.sync();
    }

    @Override
    protected void close() {
        content.close();
    }
}
