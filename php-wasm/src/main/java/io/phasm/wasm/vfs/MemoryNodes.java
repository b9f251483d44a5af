package io.phasm.wasm.vfs;

import java.util.concurrent.atomic.AtomicLong;

/** Inode numbers and times shared by the in-memory nodes. */
final class MemoryNodes {
    private static final AtomicLong NEXT_INODE = new AtomicLong(1);

    static long nextInode() {
        return NEXT_INODE.getAndIncrement();
    }

    static long now() {
        java.time.Instant t = java.time.Instant.now();
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    private MemoryNodes() {}
}
