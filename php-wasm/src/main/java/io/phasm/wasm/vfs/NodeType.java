package io.phasm.wasm.vfs;

/** The kinds of file a node can be, with the numbers each C interface uses for them. */
public enum NodeType {
    DIRECTORY(0040000, 4, 3),
    REGULAR_FILE(0100000, 8, 4),
    SYMLINK(0120000, 10, 7),
    CHARACTER_DEVICE(0020000, 2, 2),
    FIFO(0010000, 1, 0),
    SOCKET(0140000, 12, 6);

    /** S_IF* bits of st_mode. */
    public final int modeBits;
    /** DT_* value of dirent.d_type. */
    public final int direntType;
    /** __WASI_FILETYPE_* value of fdstat.fs_filetype. */
    public final int wasiFileType;

    NodeType(int modeBits, int direntType, int wasiFileType) {
        this.modeBits = modeBits;
        this.direntType = direntType;
        this.wasiFileType = wasiFileType;
    }
}
