package io.phasm.wasm.memory;

import com.dylibso.chicory.runtime.Memory;

/**
 * A linear memory made from an image (a snapshot's pages, null for a page of zeros) that can go
 * back to it, and be captured as an image for the memories made after it.
 */
public interface SnapshotMemory extends Memory {
    /** This memory's pages, as an image for new memories; pages it never wrote are its own image's, shared. */
    byte[][] image();

    /** Puts the memory back to its image: the image's size and bytes. */
    void reset();

    /** The size in pages the memory starts with: its image's, or without one the module's initial size. */
    int startPages();
}
