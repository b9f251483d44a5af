package io.phasm.wasm.memory;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.types.ActiveDataSegment;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.OpCode;
import com.dylibso.chicory.wasm.types.PassiveDataSegment;
import com.dylibso.chicory.wasm.types.ValType;
import io.phasm.wasm.boot.FlatView;

/**
 * What the two memory layouts share: their limits, the image they are made from, the module's
 * data segments, the instance's globals, and the answers of a memory that is not shared between threads. The layouts
 * differ only in where the bytes are (FlatMemory, PagedMemory). Its root, FlatView, is in the boot
 * class path: it holds a flat memory's array for the accesses compiled code inlines.
 */
abstract sealed class ImageMemory extends FlatView implements SnapshotMemory permits FlatMemory, PagedMemory {
    static final int PAGE = PAGE_SIZE;
    /** Zeros, never written: what a page of zeros reads as, and compares with. */
    static final byte[] ZERO_PAGE = new byte[PAGE];

    final MemoryLimits limits;
    final int maximumPages;
    /** What the memory resets to, page by page; null for a page of zeros. Never written. */
    final byte[][] image;
    private DataSegment[] dataSegments = new DataSegment[0];
    /** The memory's size in pages. */
    int pages;
    /** The instance's arrays of call results, by count ({@link CallResults}); not part of the memory's state. */
    long[][] callResults = new long[16][];

    ImageMemory(MemoryLimits limits, byte[][] image) {
        this.limits = limits;
        this.maximumPages = Math.min(limits.maximumPages(), RUNTIME_MAX_PAGES);
        if (image.length > maximumPages || limits.initialPages() > maximumPages) {
            throw new IllegalArgumentException("memory image of " + image.length + " pages exceeds the maximum of " + maximumPages);
        }
        for (byte[] page : image) {
            if (page != null && page.length != PAGE) {
                throw new IllegalArgumentException("image pages must be " + PAGE + " bytes");
            }
        }
        this.image = image;
    }

    /** Makes the memory hold its image, all of it (when the instance is built). */
    abstract void loadImage();

    /** Makes room for the pages from {@link #pages} up to newPages, zeros; false if it cannot. */
    abstract boolean extend(int newPages);

    @Override
    public int pages() {
        return pages;
    }

    @Override
    public int grow(int delta) {
        int before = pages;
        long after = (long) before + delta;
        if (delta < 0 || after > maximumPages || (delta > 0 && !extend((int) after))) {
            return -1;
        }
        pages = (int) after;
        return before;
    }

    /**
     * The memory's initial state, when the instance is built (after zero()): the image if
     * there is one (the data segments are in it), otherwise the module's active data segments.
     * Keeps the segments for memory.init. Offsets must be constants, as in modules Emscripten
     * links without -fPIC.
     */
    @Override
    public void initialize(Instance instance, DataSegment[] segments) {
        this.dataSegments = segments == null ? new DataSegment[0] : segments.clone();
        if (image.length > 0) {
            loadImage();
            return;
        }
        for (DataSegment segment : dataSegments) {
            if (segment instanceof ActiveDataSegment active) {
                Instruction offset = active.offsetInstructions().getFirst();
                if (offset.opcode() != OpCode.I32_CONST || active.offsetInstructions().size() > 2) {
                    throw new ChicoryException("data segment offset is not a constant: " + active.offsetInstructions());
                }
                write((int) offset.operand(0), active.data());
            }
        }
    }

    @Override
    public void initPassiveSegment(int segment, int destination, int offset, int size) {
        if (segment < 0 || segment >= dataSegments.length || !(dataSegments[segment] instanceof PassiveDataSegment passive)) {
            throw outOfBounds();
        }
        byte[] data = passive.data();
        if (offset < 0 || size < 0 || (long) offset + size > data.length) {
            throw outOfBounds();
        }
        write(destination, data, offset, size);
    }

    @Override
    public void drop(int segment) {
        if (segment >= 0 && segment < dataSegments.length) {
            dataSegments[segment] = PassiveDataSegment.EMPTY;
        }
    }

    @Override
    public int startPages() {
        return image.length > 0 ? image.length : limits.initialPages();
    }

    @Override
    public void holdGlobalsOf(Instance instance) {
        if (instance.memory() != this) {
            throw new IllegalArgumentException("a memory holds the globals of its own instance only");
        }
        if (instance.imports().globalCount() > 0) {
            throw new IllegalArgumentException("the module imports " + instance.imports().globalCount()
                    + " globals: they are shared with their owner, a memory cannot hold them");
        }
        long[] values = new long[instance.globalCount()];
        for (int i = 0; i < values.length; i++) {
            GlobalInstance global = instance.global(i);
            if (ValType.V128.equals(global.getType())) {
                throw new IllegalArgumentException("global " + i + " is a v128: a memory holds 64-bit values only");
            }
            values[i] = global.getValueLow();
        }
        globals = values;
    }

    @Override
    public long[] globals() {
        return heldGlobals().clone();
    }

    @Override
    public void setGlobals(long[] values) {
        if (values.length != heldGlobals().length) {
            throw new IllegalArgumentException(values.length + " values for " + globals.length + " globals");
        }
        System.arraycopy(values, 0, globals, 0, values.length);
    }

    private long[] heldGlobals() {
        if (globals == null) {
            throw new IllegalStateException("the memory holds no globals yet (holdGlobalsOf)");
        }
        return globals;
    }

    @Override
    public int initialPages() {
        return limits.initialPages();
    }

    @Override
    public int maximumPages() {
        return maximumPages;
    }

    @Override
    public boolean shared() {
        return false;
    }

    @Override
    @SuppressWarnings("removal") // still abstract in Chicory 1.7.5: must be implemented
    public Object lock(int address) {
        return this;
    }

    @Override
    @SuppressWarnings("removal") // still abstract in Chicory 1.7.5: must be implemented
    public int waitOn(int address, int expected, long timeout) {
        throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal") // still abstract in Chicory 1.7.5: must be implemented
    public int waitOn(int address, long expected, long timeout) {
        throw new ChicoryException("Attempt to wait on a non-shared memory, not supported.");
    }

    @Override
    @SuppressWarnings("removal") // still abstract in Chicory 1.7.5: must be implemented
    public int notify(int address, int count) {
        return 0;
    }

    // Loads the layouts answer alike, in terms of the ones each has.

    @Override
    public long readU16(int address) {
        return readShort(address) & 0xffffL;
    }

    @Override
    public long readF32(int address) {
        return readInt(address); // sign-extended, as Chicory's memories do
    }

    @Override
    public long readF64(int address) {
        return readLong(address);
    }

    /** Traps unless bytes [address, address + length) are all in the memory. */
    void checkRange(int address, int length) {
        if (address < 0 || length < 0 || (long) address + length > (long) pages * PAGE) {
            throw outOfBounds();
        }
    }

    static WasmRuntimeException outOfBounds() {
        return new WasmRuntimeException("out of bounds memory access");
    }
}
