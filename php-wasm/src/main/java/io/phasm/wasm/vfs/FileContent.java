package io.phasm.wasm.vfs;

/** Positional access to an opened regular file's bytes. */
public interface FileContent extends AutoCloseable {

    /** Reads up to len bytes at position; returns the count, 0 at or past the end. */
    int read(long position, byte[] buffer, int offset, int len);

    void write(long position, byte[] buffer, int offset, int len);

    long size();

    void truncate(long size);

    void sync();

    @Override
    void close();
}
