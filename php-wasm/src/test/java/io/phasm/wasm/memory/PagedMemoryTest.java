package io.phasm.wasm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.dylibso.chicory.runtime.WasmRuntimeException;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import org.junit.jupiter.api.Test;

class PagedMemoryTest extends ImageMemoryContract {
    @Override
    SnapshotMemory create(MemoryLimits limits, byte[][] image) {
        return new PagedMemory(limits, image);
    }

    /** As an instance makes it, typed. */
    private static PagedMemory made(MemoryLimits limits, byte[][] image) {
        return initialized(new PagedMemory(limits, image));
    }

    @Test
    void writesCopyAPageAndNeverTouchTheImageOrOtherMemories() {
        byte[][] image = image();
        PagedMemory a = made(new MemoryLimits(3, 10), image);
        PagedMemory b = made(new MemoryLimits(3, 10), image);
        assertEquals(0x01010101, a.readInt(100));
        assertEquals(0, a.readInt(PAGE + 100));
        assertEquals(0, a.ownedPages(), "reading copies nothing");

        a.writeI32(100, 42);
        a.writeByte(PAGE + 5, (byte) 7);
        assertEquals(42, a.readInt(100));
        assertEquals(7, a.read(PAGE + 5));
        assertEquals(2, a.ownedPages());
        assertEquals(0x01010101, b.readInt(100), "another memory on the same image");
        assertEquals(0, b.read(PAGE + 5));
        assertEquals(1, image[0][100], "the image itself");
        assertNull(image[1]);
    }

    @Test
    void resetGoesBackToTheImageAndReusesTheCopies() {
        PagedMemory m = made(new MemoryLimits(3, 10), image());
        m.writeLong(10, -1L);
        assertEquals(3, m.grow(2));
        m.writeI32(4 * PAGE, 9);
        assertEquals(2, m.ownedPages());

        m.reset();
        assertEquals(3, m.pages(), "the image's size again");
        assertEquals(0x0101010101010101L, m.readLong(10));
        assertThrows(WasmRuntimeException.class, () -> m.readInt(4 * PAGE), "grown pages are gone");
        assertEquals(0, m.ownedPages());
        assertEquals(2, m.sparePages());
        m.writeI32(PAGE, 1);
        assertEquals(1, m.sparePages(), "a copy reuses a page kept at the reset");
        assertEquals(1, m.readInt(PAGE));
        assertEquals(0, m.readInt(PAGE + 4), "the reused page holds the image's page, not its old content");
    }



    @Test
    void eachLayoutMakesItsMemoryHoldingTheImage() {
        SnapshotMemory paged = MemoryLayout.PAGED.create(new MemoryLimits(3, 10), image());
        SnapshotMemory flat = MemoryLayout.FLAT.create(new MemoryLimits(3, 10), image());
        assertInstanceOf(PagedMemory.class, paged);
        assertInstanceOf(FlatMemory.class, flat);
        for (SnapshotMemory m : new SnapshotMemory[] {paged, flat}) {
            assertEquals(0x03030303, initialized(m).readInt(2 * PAGE + 8));
        }
    }


}
