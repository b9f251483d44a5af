package io.phasm.wasm.memory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What both memory layouts must do, whatever they keep where: FlatMemoryTest and PagedMemoryTest run it. */
abstract class ImageMemoryContract {
    static final int PAGE = Memory.PAGE_SIZE;

    /** A memory of the layout under test, holding image once initialized. */
    abstract SnapshotMemory create(MemoryLimits limits, byte[][] image);

    /** Three pages: a non-zero one, a zero one, another non-zero one. */
    static byte[][] image() {
        byte[] first = new byte[PAGE];
        byte[] third = new byte[PAGE];
        Arrays.fill(first, (byte) 1);
        Arrays.fill(third, (byte) 3);
        return new byte[][] {first, null, third};
    }

    /** As an instance makes it: built, zeroed, initialized. */
    SnapshotMemory initialized(MemoryLimits limits, byte[][] image) {
        return initialized(create(limits, image));
    }

    /** memory zeroed and initialized, as an instance does once it has built it. */
    static <M extends SnapshotMemory> M initialized(M memory) {
        memory.zero();
        memory.initialize(null, new DataSegment[0]);
        return memory;
    }

    /** Each store, of every width, marks its page: a reset undoes it. */
    @Test
    void everyStoreIsUndoneByAReset() {
        List<Consumer<SnapshotMemory>> stores = List.of(
                m -> m.writeByte(PAGE + 8, (byte) 9),
                m -> m.writeShort(PAGE + 8, (short) 9),
                m -> m.writeI32(PAGE + 8, 9),
                m -> m.writeLong(PAGE + 8, 9),
                m -> m.writeF32(PAGE + 8, 9),
                m -> m.writeF64(PAGE + 8, 9),
                m -> m.write(PAGE + 8, new byte[] {9}),
                m -> m.fill((byte) 9, PAGE + 8, PAGE + 9),
                m -> m.copy(PAGE + 8, 0, 1));
        for (int i = 0; i < stores.size(); i++) {
            SnapshotMemory m = initialized(new MemoryLimits(3, 3), image());
            stores.get(i).accept(m);
            assertNotEquals(0, m.readLong(PAGE + 8), "store " + i + " stored");
            m.reset();
            assertEquals(0, m.readLong(PAGE + 8), "store " + i + " undone");
        }
    }
    @Test
    void accessesOutsideTheMemoryTrapAndChangeNothing() {
        SnapshotMemory m = initialized(new MemoryLimits(1, 2), new byte[][] {null});
        for (int address : new int[] {PAGE, PAGE - 1, PAGE - 3, -1, Integer.MIN_VALUE}) {
            assertThrows(WasmRuntimeException.class, () -> m.readInt(address), "read at " + address);
            assertThrows(WasmRuntimeException.class, () -> m.writeI32(address, 5), "write at " + address);
        }
        assertThrows(WasmRuntimeException.class, () -> m.readLong(PAGE - 7));
        assertThrows(WasmRuntimeException.class, () -> m.write(PAGE - 2, new byte[3]));
        assertThrows(WasmRuntimeException.class, () -> m.copy(0, PAGE - 2, 3));
        assertThrows(WasmRuntimeException.class, () -> m.fill((byte) 1, PAGE - 2, PAGE + 1));
        assertEquals(0, m.read(PAGE - 1), "a trapping store wrote none of its bytes");
        assertEquals(-1, m.grow(2), "past the maximum");
        assertEquals(1, m.grow(1));
        assertEquals(0, m.readInt(PAGE + 100), "grown pages are zeros");
    }
    /** Random accesses of every width, bulk copies (overlapping either way) and fills, checked against a plain array. */
    @Test
    void behavesLikeAFlatArray() {
        Random random = new Random(20261124);
        int pages = 4;
        byte[][] image = image();
        SnapshotMemory m = initialized(new MemoryLimits(3, pages), image);
        m.grow(1);
        ByteBuffer model = ByteBuffer.allocate(pages * PAGE).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < image.length; i++) {
            if (image[i] != null) {
                model.put(i * PAGE, image[i]);
            }
        }
        for (int step = 0; step < 200_000; step++) {
            // Addresses cluster around page boundaries, where values straddle two pages.
            int address = random.nextBoolean() ? random.nextInt(pages * PAGE - 8)
                    : (1 + random.nextInt(pages - 1)) * PAGE - 8 + random.nextInt(16);
            switch (random.nextInt(12)) {
                case 0 -> { byte v = (byte) random.nextInt(); m.writeByte(address, v); model.put(address, v); }
                case 1 -> { short v = (short) random.nextInt(); m.writeShort(address, v); model.putShort(address, v); }
                case 2 -> { int v = random.nextInt(); m.writeI32(address, v); model.putInt(address, v); }
                case 3 -> { long v = random.nextLong(); m.writeLong(address, v); model.putLong(address, v); }
                case 4 -> { float v = random.nextFloat(); m.writeF32(address, v); model.putFloat(address, v); }
                case 5 -> { double v = random.nextDouble(); m.writeF64(address, v); model.putDouble(address, v); }
                case 6 -> {
                    int size = random.nextInt(3 * PAGE);
                    int from = random.nextInt(pages * PAGE - size);
                    int to = random.nextInt(pages * PAGE - size);
                    m.copy(to, from, size);
                    byte[] moved = new byte[size];
                    model.get(from, moved);
                    model.put(to, moved);
                }
                case 7 -> {
                    int size = random.nextInt(2 * PAGE);
                    int from = random.nextInt(pages * PAGE - size);
                    byte v = random.nextInt(3) == 0 ? 0 : (byte) random.nextInt();
                    m.fill(v, from, from + size);
                    for (int i = from; i < from + size; i++) {
                        model.put(i, v);
                    }
                }
                case 8 -> {
                    byte[] data = new byte[random.nextInt(PAGE + 100)];
                    random.nextBytes(data);
                    int at = random.nextInt(pages * PAGE - data.length);
                    m.write(at, data);
                    model.put(at, data);
                }
                default -> {
                    assertEquals(model.get(address), m.read(address));
                    assertEquals(model.getShort(address), m.readShort(address));
                    assertEquals(model.getShort(address) & 0xffff, m.readU16(address));
                    assertEquals(model.getInt(address), m.readInt(address));
                    assertEquals(model.getLong(address), m.readLong(address));
                    assertEquals(Float.floatToRawIntBits(model.getFloat(address)), Float.floatToRawIntBits(m.readFloat(address)));
                    assertEquals(model.getLong(address), Double.doubleToRawLongBits(m.readDouble(address)));
                }
            }
        }
        byte[] whole = new byte[pages * PAGE];
        model.get(0, whole);
        assertArrayEquals(whole, m.readBytes(0, whole.length));
        assertEquals(1, image[0][0], "the image is untouched");
        assertEquals(3, image[2][PAGE - 1]);

        m.reset(); // every store marked its page (or the one before it): all of it is the image again
        m.grow(1);
        byte[] expected = new byte[pages * PAGE];
        for (int i = 0; i < image.length; i++) {
            if (image[i] != null) {
                System.arraycopy(image[i], 0, expected, i * PAGE, PAGE);
            }
        }
        assertArrayEquals(expected, m.readBytes(0, expected.length));
    }
    @Test
    void anImageKeepsOnlyNonZeroPages() {
        SnapshotMemory m = create(new MemoryLimits(3, 3), new byte[0][]);
        m.writeI32(2 * PAGE + 8, 77);
        m.writeI32(PAGE, 5);
        m.writeI32(PAGE, 0); // written, but zeros again
        byte[][] image = m.image();
        assertEquals(3, image.length);
        assertNull(image[0]);
        assertNull(image[1]);
        assertEquals(77, initialized(new MemoryLimits(3, 3), image).readInt(2 * PAGE + 8));
    }
    @Test
    void anImageOfAMemoryMadeFromAnImageSharesThePagesNotWritten() {
        byte[][] first = image();
        SnapshotMemory m = initialized(new MemoryLimits(3, 5), first);
        m.grow(2);
        m.writeByte(2 * PAGE + 1, (byte) 9);
        m.writeI32(4 * PAGE - 2, 0x04040404); // page 3, spilling into page 4
        byte[][] second = m.image();
        assertEquals(5, second.length);
        assertSame(first[0], second[0], "never written: the same page, not a copy");
        assertNull(second[1]);
        assertNotSame(first[2], second[2]);
        assertEquals(9, second[2][1]);
        assertEquals(3, first[2][1], "the first image is untouched");
        assertEquals(4, second[3][PAGE - 1]);
        assertEquals(4, second[4][1], "the spilt bytes");
        m.writeByte(2 * PAGE + 1, (byte) 7);
        assertEquals(9, second[2][1], "the image does not follow later writes");
    }
}
