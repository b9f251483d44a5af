package io.phasm.wasm.memory;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;

/**
 * A linear memory made from an image (a snapshot's pages, null for a page of zeros) that can go
 * back to it, and be captured as an image for the memories made after it. It also holds its
 * instance's wasm globals, where compiled code reaches them fastest.
 */
public interface SnapshotMemory extends Memory {
    /** This memory's pages, as an image for new memories; pages it never wrote are its own image's, shared. */
    byte[][] image();

    /** Puts the memory back to its image: the image's size and bytes. */
    void reset();

    /** The size in pages the memory starts with: its image's, or without one the module's initial size. */
    int startPages();

    /**
     * Takes over instance's wasm globals (the instance this memory was built for): from now on
     * compiled code reads and writes them in this memory (io.phasm.wasm.boot.InlinedGlobalAccess),
     * and the instance's own global objects keep the values they had. Fails for an instance that
     * imports globals (they would have to stay shared with their owner) or has a v128 global.
     */
    void holdGlobalsOf(Instance instance);

    /** A copy of the globals this memory holds, by index. */
    long[] globals();

    /** Sets every global this memory holds to values (as {@link #globals()} gave them). */
    void setGlobals(long[] values);
}
