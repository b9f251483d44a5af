package io.phasm.wasm.fd;

import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.vfs.Directory;
import io.phasm.wasm.vfs.FsException;
import io.phasm.wasm.vfs.Stat;
import java.util.ArrayList;
import java.util.List;

/**
 * An opened directory. Its listing is taken on the first getdents and kept until rewound, so a
 * directory changing while PHP iterates it yields each entry at most once.
 */
public final class DirectoryHandle extends OpenFile {
    private final Directory directory;
    private List<String> entries;
    private long position;

    public DirectoryHandle(String path, int statusFlags, Directory directory) {
        super(path, statusFlags);
        this.directory = directory;
    }

    public Directory directory() {
        return directory;
    }

    @Override
    public List<String> directoryEntries() {
        if (entries == null) {
            List<String> all = new ArrayList<>();
            all.add(".");
            all.add("..");
            all.addAll(directory.list());
            entries = all;
        }
        return entries;
    }

    /** getdents' cursor, in bytes of fixed-size records. */
    public long position() {
        return position;
    }

    public void setPosition(long position) {
        this.position = position;
    }

    @Override
    public long seek(long offset, int whence) {
        if (whence != 0 || offset < 0) {
            throw new FsException(Errno.EINVAL, "directories seek only to absolute positions");
        }
        if (offset == 0) {
            entries = null; // rewinddir: see the directory as it is now
        }
        position = offset;
        return position;
    }

    @Override
    public int read(byte[] buffer, int offset, int len) {
        throw new FsException(Errno.EISDIR, path());
    }

    @Override
    public Stat stat() {
        return directory.stat();
    }
}
