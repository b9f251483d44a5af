package io.phasm.wasm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FlatMemoryTest extends ImageMemoryContract {
    @Override
    SnapshotMemory create(MemoryLimits limits, byte[][] image) {
        return new FlatMemory(limits, image);
    }

    /** As an instance makes it, typed. */
    private static FlatMemory made(MemoryLimits limits, byte[][] image) {
        return initialized(new FlatMemory(limits, image));
    }

    @Test
    void writesNeverTouchTheImageOrOtherMemories() {
        byte[][] image = image();
        FlatMemory a = made(new MemoryLimits(3, 10), image);
        FlatMemory b = made(new MemoryLimits(3, 10), image);
        assertEquals(0x01010101, a.readInt(100));
        assertEquals(0, a.readInt(PAGE + 100));
        assertEquals(0, a.writtenPages(), "reading marks nothing");

        a.writeI32(100, 42);
        a.writeByte(PAGE + 5, (byte) 7);
        assertEquals(42, a.readInt(100));
        assertEquals(7, a.read(PAGE + 5));
        assertEquals(2, a.writtenPages());
        assertEquals(0x01010101, b.readInt(100), "another memory on the same image");
        assertEquals(0, b.read(PAGE + 5));
        assertEquals(1, image[0][100], "the image itself");
        assertNull(image[1]);
    }

    @Test
    void resetGoesBackToTheImage() {
        FlatMemory m = made(new MemoryLimits(3, 10), image());
        m.writeLong(10, -1L);
        m.writeLong(2 * PAGE - 4, -1L); // spills 4 bytes into page 2
        m.fill((byte) 5, PAGE - 1, PAGE + 1);
        m.reset();
        assertEquals(0x0101010101010101L, m.readLong(10));
        assertEquals(0, m.readInt(2 * PAGE - 4));
        assertEquals(0x03030303, m.readInt(2 * PAGE), "the spilt bytes are the image's again");
        assertEquals(0x01, m.read(PAGE - 1));
        assertEquals(0, m.read(PAGE));
        assertEquals(0, m.writtenPages());

        assertEquals(3, m.grow(2));
        m.writeI32(4 * PAGE, 9);
        m.writeI32(20, 9);
        m.reset();
        assertEquals(3, m.pages(), "the image's size again");
        assertEquals(0x01010101, m.readInt(20));
        assertThrows(WasmRuntimeException.class, () -> m.readInt(4 * PAGE), "grown pages are gone");
        assertEquals(3, m.grow(1), "growing again");
        assertEquals(0, m.readInt(3 * PAGE), "and the grown page is zeros");
    }


    /** What makes a reset cheap: it copies back the pages written (and where a store may have spilt), nothing else. */
    @Test
    void resetCopiesBackOnlyWrittenPages() {
        byte[][] image = new byte[6][];
        FlatMemory m = made(new MemoryLimits(6, 6), image);
        m.writeByte(PAGE + 3, (byte) 1);
        for (int i = 0; i < image.length; i++) {
            image[i] = new byte[PAGE]; // changed behind the memory's back, to see which pages the reset reads
            Arrays.fill(image[i], (byte) (10 + i));
        }
        m.reset();
        assertEquals(0, m.read(0), "page 0: not written, not copied");
        assertEquals(11, m.read(PAGE));
        assertEquals(11, m.read(2 * PAGE - 1));
        assertEquals(12, m.read(2 * PAGE + 6), "page 2's first 7 bytes: may hold page 1's spill, copied");
        assertEquals(0, m.read(2 * PAGE + 7), "the rest of page 2: not copied");
        assertEquals(0, m.read(3 * PAGE), "page 3: not copied");
    }




}
