package io.phasm.wasm.memory;

import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.Arrays;

/**
 * A wasm linear memory in one byte[], exactly as long as the memory: an access is one array
 * access whose bounds check is the wasm bounds check. Why flat: compiled PHP spends much of its
 * time in memory accesses, and through a page table each costs two more dependent loads and a
 * second bounds check (Zend/bench.php warmed up: 1.4x faster than on pages, 1.7x without the
 * page marking below; php-wasm/README.md, "Linear memory"). A native MemorySegment measured no
 * faster than pages: C2 cannot tell its stores from the fields it keeps in registers.
 *
 * A memory is made from an image (a snapshot's pages, or nothing) and can go back to it
 * ({@link #reset}): stores mark their page written, so a reset copies back only the pages
 * written since, and an {@link #image} of a memory shares the pages it never wrote with its own
 * image. A store marks the page its address is in; the up to 7 bytes a value spills into the
 * next page are covered by resetting the first 7 bytes of each written page's successor too (one
 * mark per store on the hot path instead of two). Not thread-safe, like the instance using it;
 * the image is never written.
 */
public final class FlatMemory extends ImageMemory {
    /** The most bytes a store spills into the page after its address's page: an 8-byte value less one. */
    private static final int SPILL = 7;

    // bytes (pages * PAGE of them) and written (per page; a value may spill into the next page)
    // are FlatView's: compiled code reaches them there too (InlinedMemoryAccess).

    /** A memory of zeros (data segments are written by {@link #initialize}). */
    public FlatMemory(MemoryLimits limits) {
        this(limits, new byte[0][]);
    }

    /**
     * A memory that holds image (pages of 64 KiB; null for a zero page) once initialized (as an
     * instance does when it is built). The data segments are taken to be in the image already
     * and not written again.
     */
    public FlatMemory(MemoryLimits limits, byte[][] image) {
        super(limits, image);
        this.written = new boolean[maximumPages];
        this.pages = limits.initialPages();
        this.bytes = new byte[pages * PAGE]; // zeros until initialize() puts the image in
    }

    /**
     * This memory's pages as an image for new memories (null for a page of zeros). A page it
     * never wrote is its image's page, shared rather than copied: an image taken from a memory
     * made from an image costs only the pages written since.
     */
    @Override
    public byte[][] image() {
        byte[][] result = new byte[pages][];
        for (int i = 0; i < pages; i++) {
            if (i < image.length && !written[i] && (i == 0 || !written[i - 1])) {
                result[i] = image[i];
            } else if (Arrays.mismatch(bytes, i * PAGE, (i + 1) * PAGE, ZERO_PAGE, 0, PAGE) >= 0) {
                result[i] = Arrays.copyOfRange(bytes, i * PAGE, (i + 1) * PAGE);
            }
        }
        return result;
    }

    /**
     * Puts the memory back to its image: the image's size, and the image's bytes in every page
     * written since it was loaded. A memory that grew is made anew at the image's size.
     */
    @Override
    public void reset() {
        if (pages != image.length) {
            loadImage();
            return;
        }
        boolean previousWritten = false;
        for (int i = 0; i < pages; i++) {
            if (written[i]) {
                restore(i, PAGE);
                written[i] = false;
                previousWritten = true;
            } else {
                if (previousWritten) {
                    restore(i, SPILL); // a value stored at the end of the page before may reach into this one
                }
                previousWritten = false;
            }
        }
    }

    /** Pages stored to since the image was loaded (or since creation). */
    public int writtenPages() {
        int count = 0;
        for (int i = 0; i < pages; i++) {
            if (written[i]) {
                count++;
            }
        }
        return count;
    }

    @Override
    void loadImage() {
        if (bytes.length == image.length * PAGE) {
            Arrays.fill(bytes, (byte) 0);
        } else {
            bytes = new byte[image.length * PAGE];
        }
        pages = image.length;
        for (int i = 0; i < pages; i++) {
            if (image[i] != null) {
                System.arraycopy(image[i], 0, bytes, i * PAGE, PAGE);
            }
        }
        Arrays.fill(written, false);
    }

    /** Puts back the image's first length bytes of page. */
    private void restore(int page, int length) {
        if (image[page] != null) {
            System.arraycopy(image[page], 0, bytes, page * PAGE, length);
        } else {
            Arrays.fill(bytes, page * PAGE, page * PAGE + length, (byte) 0);
        }
    }

    /** Marks the pages bytes [address, address + size) are in as written (bulk operations, already bounds-checked). */
    private void markWritten(int address, int size) {
        if (size > 0) {
            Arrays.fill(written, address >>> PAGE_SHIFT, ((address + size - 1) >>> PAGE_SHIFT) + 1, true);
        }
    }

    @Override
    boolean extend(int newPages) {
        try {
            bytes = Arrays.copyOf(bytes, newPages * PAGE);
            return true;
        } catch (OutOfMemoryError e) {
            return false; // the JVM's heap is full: PHP sees an allocation failure, the server goes on
        }
    }

    @Override
    public void zero() {
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(written, 0, pages, true);
    }

    @Override
    public void write(int address, byte[] data, int offset, int size) {
        checkRange(address, size);
        System.arraycopy(data, offset, bytes, address, size);
        markWritten(address, size);
    }

    @Override
    public byte[] readBytes(int address, int length) {
        checkRange(address, length);
        return Arrays.copyOfRange(bytes, address, address + length);
    }

    @Override
    public void fill(byte value, int from, int to) {
        checkRange(from, to - from);
        Arrays.fill(bytes, from, to, value);
        markWritten(from, to - from);
    }

    @Override
    public void copy(int destination, int source, int size) {
        checkRange(source, size);
        checkRange(destination, size);
        System.arraycopy(bytes, source, bytes, destination, size); // overlapping either way, as memmove
        markWritten(destination, size);
    }

    // The accessors: the array's bounds check is the memory's (a negative address, which is one
    // of 2 GiB or more, is out of bounds too: the memory is smaller). A store that traps writes
    // nothing, and marks nothing.

    @Override
    public byte read(int address) {
        try {
            return getByte(address);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeByte(int address, byte value) {
        try {
            putByte(address, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public short readShort(int address) {
        try {
            return getShort(address);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeShort(int address, short value) {
        try {
            putShort(address, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public int readInt(int address) {
        try {
            return getInt(address);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeI32(int address, int value) {
        try {
            putInt(address, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public long readLong(int address) {
        try {
            return getLong(address);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeLong(int address, long value) {
        try {
            putLong(address, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public float readFloat(int address) {
        try {
            return getFloat(address);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeF32(int address, float value) {
        try {
            putFloat(address, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public double readDouble(int address) {
        try {
            return getDouble(address);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeF64(int address, double value) {
        try {
            putDouble(address, value);
        } catch (IndexOutOfBoundsException e) {
            throw outOfBounds();
        }
    }
}
