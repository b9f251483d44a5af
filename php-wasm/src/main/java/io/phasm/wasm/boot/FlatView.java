package io.phasm.wasm.boot;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import jdk.internal.vm.annotation.ForceInline;

/**
 * The root of Phasm's linear memories as compiled code reaches them: the memory as one array
 * when it is one (a flat memory), with the marks of the pages stored to, and otherwise the
 * memory's own accessors (named as Chicory's {@code Memory} names them, so a memory implements
 * both at once). The flat array's accesses are here, once, for the flat memory's accessors and
 * for {@link InlinedMemoryAccess}; they throw IndexOutOfBoundsException out of bounds, which the
 * memory turns into the wasm trap.
 *
 * <p>It also holds the instance's wasm globals ({@link InlinedGlobalAccess} says why here).
 */
public abstract class FlatView {
    protected static final int PAGE_SHIFT = 16;
    /** Little-endian views of byte arrays, as wasm stores values (also a paged memory's, on its pages). */
    protected static final VarHandle SHORT = view(short[].class);
    protected static final VarHandle INT = view(int[].class);
    protected static final VarHandle LONG = view(long[].class);
    protected static final VarHandle FLOAT = view(float[].class);
    protected static final VarHandle DOUBLE = view(double[].class);

    /** The memory as one array, exactly as long as the memory; null if the memory is not one array. */
    protected byte[] bytes;
    /** Per 64-KiB page of {@link #bytes}: stored to since the memory's image was loaded; null with it. */
    protected boolean[] written;
    /**
     * The instance's wasm globals by index, each as Chicory keeps a global's value (an i32 or i64,
     * a float's bits): the only copy once the memory holds them; null before.
     */
    protected long[] globals;

    public abstract byte read(int address);

    public abstract short readShort(int address);

    public abstract int readInt(int address);

    public abstract long readLong(int address);

    public abstract float readFloat(int address);

    public abstract double readDouble(int address);

    public abstract void writeByte(int address, byte value);

    public abstract void writeShort(int address, short value);

    public abstract void writeI32(int address, int value);

    public abstract void writeLong(int address, long value);

    public abstract void writeF32(int address, float value);

    public abstract void writeF64(int address, double value);

    // The flat array's accesses. A store marks the page its address is in (the flat memory's reset
    // covers the bytes a value spills into the next page); a store out of bounds marks nothing.

    @ForceInline
    protected final byte getByte(int address) {
        return bytes[address];
    }

    @ForceInline
    protected final short getShort(int address) {
        return (short) SHORT.get(bytes, address);
    }

    @ForceInline
    protected final int getInt(int address) {
        return (int) INT.get(bytes, address);
    }

    @ForceInline
    protected final long getLong(int address) {
        return (long) LONG.get(bytes, address);
    }

    @ForceInline
    protected final float getFloat(int address) {
        return (float) FLOAT.get(bytes, address);
    }

    @ForceInline
    protected final double getDouble(int address) {
        return (double) DOUBLE.get(bytes, address);
    }

    @ForceInline
    protected final void putByte(int address, byte value) {
        bytes[address] = value;
        written[address >>> PAGE_SHIFT] = true;
    }

    @ForceInline
    protected final void putShort(int address, short value) {
        SHORT.set(bytes, address, value);
        written[address >>> PAGE_SHIFT] = true;
    }

    @ForceInline
    protected final void putInt(int address, int value) {
        INT.set(bytes, address, value);
        written[address >>> PAGE_SHIFT] = true;
    }

    @ForceInline
    protected final void putLong(int address, long value) {
        LONG.set(bytes, address, value);
        written[address >>> PAGE_SHIFT] = true;
    }

    @ForceInline
    protected final void putFloat(int address, float value) {
        FLOAT.set(bytes, address, value);
        written[address >>> PAGE_SHIFT] = true;
    }

    @ForceInline
    protected final void putDouble(int address, double value) {
        DOUBLE.set(bytes, address, value);
        written[address >>> PAGE_SHIFT] = true;
    }

    private static VarHandle view(Class<?> arrayType) {
        return MethodHandles.byteArrayViewVarHandle(arrayType, ByteOrder.LITTLE_ENDIAN);
    }
}
