package io.phasm.wasm.memory;

import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A wasm linear memory whose pages start out shared with an image (a snapshot's pages, or
 * zeros) and are copied the first time they are written. Instances made from one snapshot
 * share every page none of them wrote, so an instance costs the pages its requests touch
 * (PHP's data segment is mostly read-only tables, its heap and C stack mostly untouched),
 * and going back to the image ({@link #reset}) costs nothing per untouched page.
 *
 * Accesses cost what Chicory's ByteArrayMemory costs (one page lookup, then a VarHandle on
 * the page): reads go through {@code readable}, which always holds a page in bounds; writes
 * go through {@code writable}, which holds null for a page still shared — the only extra work
 * is that null check. Not thread-safe, like the instance using it; the image is never written.
 * Slower than FlatMemory (two more dependent loads per access), but an instance costs only the
 * pages it wrote: for sites with many requests in flight at once (MemoryLayout.PAGED).
 */
public final class PagedMemory extends ImageMemory {
    private static final int PAGE_MASK = PAGE - 1;

    /** The page to read, for every page in bounds; null beyond (an access there traps). */
    private final byte[][] readable;
    /** The page to write, once this memory owns it; null while it is shared with the image. */
    private final byte[][] writable;
    /** Pages this memory stopped owning at a reset, reused for its next copies. */
    private final ArrayDeque<byte[]> spare = new ArrayDeque<>();
    private int owned;

    /** A memory of zeros (data segments are written by {@link #initialize}). */
    public PagedMemory(MemoryLimits limits) {
        this(limits, new byte[0][]);
    }

    /**
     * A memory that holds image (pages of 64 KiB; null for a zero page) once initialized (as an
     * instance does when it is built); the image stays shared, pages are copied when first
     * written. The data segments are taken to be in the image already and not written again.
     */
    public PagedMemory(MemoryLimits limits, byte[][] image) {
        super(limits, image);
        this.readable = new byte[maximumPages][];
        this.writable = new byte[maximumPages][];
        grow(limits.initialPages()); // zeros until initialize() puts the image in
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
            if (writable[i] == null) {
                result[i] = readable[i] == ZERO_PAGE ? null : readable[i];
            } else {
                result[i] = Arrays.equals(writable[i], ZERO_PAGE) ? null : writable[i].clone();
            }
        }
        return result;
    }

    /**
     * Puts the memory back to its image: the image's size, every page shared again. Pages
     * this memory owned are kept for reuse, so a reset allocates nothing.
     */
    @Override
    public void reset() {
        for (int i = 0; i < pages; i++) {
            if (writable[i] != null) {
                spare.push(writable[i]);
                writable[i] = null;
            }
            readable[i] = null;
        }
        for (int i = 0; i < image.length; i++) {
            readable[i] = image[i] == null ? ZERO_PAGE : image[i];
        }
        pages = image.length;
        owned = 0;
    }

    /** A memory made from an image shares all of it at first. */
    @Override
    void loadImage() {
        reset();
    }

    /** Pages this memory has its own copy of (written since creation or the last reset). */
    public int ownedPages() {
        return owned;
    }

    /** Pages held for reuse after a reset. */
    public int sparePages() {
        return spare.size();
    }

    /** Makes page index this memory's own: a copy of what it reads now. */
    private byte[] own(int index) {
        byte[] copy = spare.isEmpty() ? new byte[PAGE] : spare.pop();
        System.arraycopy(readable[index], 0, copy, 0, PAGE);
        readable[index] = copy;
        writable[index] = copy;
        owned++;
        return copy;
    }

    private byte[] pageToWrite(int index) {
        byte[] page = writable[index];
        return page != null ? page : own(index);
    }

    @Override
    boolean extend(int newPages) {
        for (int i = pages; i < newPages; i++) {
            readable[i] = ZERO_PAGE;
        }
        return true;
    }

    @Override
    public void zero() {
        for (int i = 0; i < pages; i++) {
            if (writable[i] != null) {
                spare.push(writable[i]);
                writable[i] = null;
                owned--;
            }
            readable[i] = ZERO_PAGE;
        }
    }

    @Override
    public void write(int address, byte[] data, int offset, int size) {
        checkRange(address, size);
        int done = 0;
        while (done < size) {
            int at = address + done;
            int n = Math.min(size - done, PAGE - (at & PAGE_MASK));
            System.arraycopy(data, offset + done, pageToWrite(at >>> PAGE_SHIFT), at & PAGE_MASK, n);
            done += n;
        }
    }

    @Override
    public byte[] readBytes(int address, int length) {
        checkRange(address, length);
        byte[] out = new byte[length];
        int done = 0;
        while (done < length) {
            int at = address + done;
            int n = Math.min(length - done, PAGE - (at & PAGE_MASK));
            System.arraycopy(readable[at >>> PAGE_SHIFT], at & PAGE_MASK, out, done, n);
            done += n;
        }
        return out;
    }

    @Override
    public void fill(byte value, int from, int to) {
        checkRange(from, to - from);
        int at = from;
        while (at < to) {
            int index = at >>> PAGE_SHIFT;
            int start = at & PAGE_MASK;
            int end = (int) Math.min(PAGE, start + (long) (to - at));
            if (value == 0 && start == 0 && end == PAGE && readable[index] == ZERO_PAGE) {
                at += PAGE; // already zeros, and clearing it need not make it ours
                continue;
            }
            Arrays.fill(pageToWrite(index), start, end, value);
            at += end - start;
        }
    }

    @Override
    public void copy(int destination, int source, int size) {
        checkRange(source, size);
        checkRange(destination, size);
        if (destination <= source) {
            int done = 0;
            while (done < size) {
                int s = source + done;
                int d = destination + done;
                int n = Math.min(size - done, Math.min(PAGE - (s & PAGE_MASK), PAGE - (d & PAGE_MASK)));
                byte[] target = pageToWrite(d >>> PAGE_SHIFT); // first: owning it may replace the source page
                System.arraycopy(readable[s >>> PAGE_SHIFT], s & PAGE_MASK, target, d & PAGE_MASK, n);
                done += n;
            }
        } else {
            int left = size; // overlapping forwards: copy from the end down
            while (left > 0) {
                int s = source + left - 1;
                int d = destination + left - 1;
                int n = Math.min(left, Math.min((s & PAGE_MASK) + 1, (d & PAGE_MASK) + 1));
                byte[] target = pageToWrite(d >>> PAGE_SHIFT);
                System.arraycopy(readable[s >>> PAGE_SHIFT], (s & PAGE_MASK) - n + 1, target, (d & PAGE_MASK) - n + 1, n);
                left -= n;
            }
        }
    }

    @Override
    public byte read(int address) {
        try {
            return readable[address >>> PAGE_SHIFT][address & PAGE_MASK];
        } catch (RuntimeException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeByte(int address, byte value) {
        if (address < 0 || address >>> PAGE_SHIFT >= pages) {
            throw outOfBounds();
        }
        pageToWrite(address >>> PAGE_SHIFT)[address & PAGE_MASK] = value;
    }

    @Override
    public short readShort(int address) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 2) {
            return (short) readAcross(address, 2);
        }
        try {
            return (short) SHORT.get(readable[address >>> PAGE_SHIFT], offset);
        } catch (RuntimeException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeShort(int address, short value) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 2 || address < 0 || address >>> PAGE_SHIFT >= pages) {
            writeAcross(address, value, 2);
            return;
        }
        SHORT.set(pageToWrite(address >>> PAGE_SHIFT), offset, value);
    }

    @Override
    public int readInt(int address) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 4) {
            return (int) readAcross(address, 4);
        }
        try {
            return (int) INT.get(readable[address >>> PAGE_SHIFT], offset);
        } catch (RuntimeException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeI32(int address, int value) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 4 || address < 0 || address >>> PAGE_SHIFT >= pages) {
            writeAcross(address, value, 4);
            return;
        }
        INT.set(pageToWrite(address >>> PAGE_SHIFT), offset, value);
    }

    @Override
    public long readLong(int address) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 8) {
            return readAcross(address, 8);
        }
        try {
            return (long) LONG.get(readable[address >>> PAGE_SHIFT], offset);
        } catch (RuntimeException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeLong(int address, long value) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 8 || address < 0 || address >>> PAGE_SHIFT >= pages) {
            writeAcross(address, value, 8);
            return;
        }
        LONG.set(pageToWrite(address >>> PAGE_SHIFT), offset, value);
    }

    @Override
    public float readFloat(int address) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 4) {
            return Float.intBitsToFloat((int) readAcross(address, 4));
        }
        try {
            return (float) FLOAT.get(readable[address >>> PAGE_SHIFT], offset);
        } catch (RuntimeException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeF32(int address, float value) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 4 || address < 0 || address >>> PAGE_SHIFT >= pages) {
            writeAcross(address, Float.floatToRawIntBits(value), 4);
            return;
        }
        FLOAT.set(pageToWrite(address >>> PAGE_SHIFT), offset, value);
    }

    @Override
    public double readDouble(int address) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 8) {
            return Double.longBitsToDouble(readAcross(address, 8));
        }
        try {
            return (double) DOUBLE.get(readable[address >>> PAGE_SHIFT], offset);
        } catch (RuntimeException e) {
            throw outOfBounds();
        }
    }

    @Override
    public void writeF64(int address, double value) {
        int offset = address & PAGE_MASK;
        if (offset > PAGE - 8 || address < 0 || address >>> PAGE_SHIFT >= pages) {
            writeAcross(address, Double.doubleToRawLongBits(value), 8);
            return;
        }
        DOUBLE.set(pageToWrite(address >>> PAGE_SHIFT), offset, value);
    }

    /** A little-endian value straddling two pages (or out of bounds: then it traps). */
    private long readAcross(int address, int size) {
        checkRange(address, size);
        long value = 0;
        for (int i = size - 1; i >= 0; i--) {
            value = (value << 8) | (read(address + i) & 0xff);
        }
        return value;
    }

    private void writeAcross(int address, long value, int size) {
        checkRange(address, size); // before any byte is written: a trapping store changes nothing
        for (int i = 0; i < size; i++) {
            writeByte(address + i, (byte) (value >>> (8 * i)));
        }
    }
}
