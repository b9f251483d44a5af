package io.phasm.wasm.memory;

import com.dylibso.chicory.wasm.types.MemoryLimits;

/**
 * How the instances of a site keep their linear memory: the trade between speed and heap
 * (php-wasm/README.md, "Linear memory").
 */
public enum MemoryLayout {
    /** One array (FlatMemory): fastest, and each instance holds its whole memory. */
    FLAT,
    /** Pages shared with the snapshot until written (PagedMemory): an instance holds what it wrote, accesses cost more. */
    PAGED;

    /** A memory of this layout holding image once initialized. */
    public SnapshotMemory create(MemoryLimits limits, byte[][] image) {
        return switch (this) {
            case FLAT -> new FlatMemory(limits, image);
            case PAGED -> new PagedMemory(limits, image);
        };
    }
}
