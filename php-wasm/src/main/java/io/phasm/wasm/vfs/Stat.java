package io.phasm.wasm.vfs;

/** What stat() reports about a node. Times are nanoseconds since the epoch. */
public record Stat(NodeType type, int permissions, long size, long inode, long nlink,
                   long atimeNanos, long mtimeNanos, long ctimeNanos) {

    public int mode() {
        return type.modeBits | (permissions & 07777);
    }
}
