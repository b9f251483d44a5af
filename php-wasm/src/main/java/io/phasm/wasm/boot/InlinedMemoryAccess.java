package io.phasm.wasm.boot;

import jdk.internal.vm.annotation.ForceInline;

/**
 * The memory accesses of the largest compiled wasm functions, inlined into them. C2 inlines
 * nothing into a method past 8,000 bytes of bytecode (DesiredMethodLimit) but what is marked
 * {@code @ForceInline}, so in those functions each load and store of Chicory's own accessors
 * ({@code memoryReadInt} ... of the compiled module's {@code Shaded} class) is a real call, with
 * everything live spilled around it. The build points the calls of the functions C2 compiles late
 * (the largest: PCRE2's, SQLite's and the lexer's loops) here instead (MemoryAccessInlining): same
 * names, same arguments (the memory as Object: this class cannot name Chicory's Memory), same
 * effective address as Chicory's {@code getAddr}, same results and traps. A flat memory is
 * accessed in place; anything else (a paged memory, an address out of bounds) through the
 * memory's own accessor. Not done for all methods: C2 then compiles every large method with
 * more inlined and warms up later (compile.php's middle rounds 2-3x slower, measured).
 */
public final class InlinedMemoryAccess {
    private InlinedMemoryAccess() {}

    /** Chicory's effective address: an address of 2 GiB or more (negative) stays out of bounds. */
    @ForceInline
    private static int address(int base, int offset) {
        return base < 0 ? base : base + offset;
    }

    @ForceInline
    public static byte memoryReadByte(int base, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                return m.getByte(address);
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        return m.read(address);
    }

    @ForceInline
    public static void memoryWriteByte(int base, byte value, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                m.putByte(address, value);
                return;
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        m.writeByte(address, value);
    }

    @ForceInline
    public static short memoryReadShort(int base, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                return m.getShort(address);
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        return m.readShort(address);
    }

    @ForceInline
    public static void memoryWriteShort(int base, short value, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                m.putShort(address, value);
                return;
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        m.writeShort(address, value);
    }

    @ForceInline
    public static int memoryReadInt(int base, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                return m.getInt(address);
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        return m.readInt(address);
    }

    @ForceInline
    public static void memoryWriteInt(int base, int value, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                m.putInt(address, value);
                return;
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        m.writeI32(address, value);
    }

    @ForceInline
    public static long memoryReadLong(int base, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                return m.getLong(address);
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        return m.readLong(address);
    }

    @ForceInline
    public static void memoryWriteLong(int base, long value, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                m.putLong(address, value);
                return;
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        m.writeLong(address, value);
    }

    @ForceInline
    public static float memoryReadFloat(int base, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                return m.getFloat(address);
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        return m.readFloat(address);
    }

    @ForceInline
    public static void memoryWriteFloat(int base, float value, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                m.putFloat(address, value);
                return;
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        m.writeF32(address, value);
    }

    @ForceInline
    public static double memoryReadDouble(int base, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                return m.getDouble(address);
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        return m.readDouble(address);
    }

    @ForceInline
    public static void memoryWriteDouble(int base, double value, int offset, Object memory) {
        FlatView m = (FlatView) memory;
        int address = address(base, offset);
        if (m.bytes != null) {
            try {
                m.putDouble(address, value);
                return;
            } catch (IndexOutOfBoundsException e) {
                // out of bounds: the memory's own accessor below throws the trap
            }
        }
        m.writeF64(address, value);
    }
}
