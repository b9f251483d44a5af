package io.phasm.wasm.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.DataSegment;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.phasm.wasm.memory.FlatMemory;
import org.junit.jupiter.api.Test;

/** How malloc's heap grows (emscripten_resize_heap): steps that keep a growing flat memory's copying bounded. */
class MemoryImportsTest {
    private static final long PAGE = Memory.PAGE_SIZE;

    /** A flat memory as an instance has it once built: image pages of zeros (none: the module's initial size). */
    private static FlatMemory memory(int initialPages, int maximumPages, int imagePages) {
        FlatMemory memory = new FlatMemory(new MemoryLimits(initialPages, maximumPages), new byte[imagePages][]);
        memory.zero();
        memory.initialize(null, new DataSegment[0]);
        return memory;
    }

    /** The heap grows to hold requested bytes, and the memory is then pages long. */
    private static void assertResizedTo(int pages, FlatMemory memory, long requested) {
        assertTrue(MemoryImports.resize(memory, requested));
        assertEquals(pages, memory.pages());
    }

    @Test
    void aRequestTheMemoryHoldsGrowsNothing() {
        FlatMemory memory = memory(10, 1000, 0);
        assertResizedTo(10, memory, 10 * PAGE);
    }

    @Test
    void theFirstGrowthIsByAFifthAndLaterOnesByHalf() {
        FlatMemory memory = memory(10, 1000, 0);
        assertResizedTo(12, memory, 10 * PAGE + 1);
        assertResizedTo(18, memory, 12 * PAGE + 1);
        assertResizedTo(27, memory, 18 * PAGE + 1);
    }

    @Test
    void aRequestBeyondTheStepIsGrownToExactly() {
        FlatMemory memory = memory(10, 1000, 0);
        assertResizedTo(100, memory, 100 * PAGE - 5);
    }

    /** A server's instance starts from the site's snapshot: its first growth is the small one too. */
    @Test
    void aMemoryMadeFromAnImageStartsAtTheImagesSize() {
        FlatMemory memory = memory(2, 1000, 10);
        assertEquals(10, memory.pages());
        assertResizedTo(12, memory, 10 * PAGE + 1);
    }

    @Test
    void whereTheStepDoesNotFitOnlyTheRequestIsGrown() {
        FlatMemory memory = memory(10, 14, 0);
        assertResizedTo(12, memory, 10 * PAGE + 1);
        assertResizedTo(13, memory, 12 * PAGE + 1); // by half would be 18 pages, over the maximum
        assertFalse(MemoryImports.resize(memory, 15 * PAGE));
        assertEquals(13, memory.pages());
        assertFalse(MemoryImports.resize(memory, 1L << 32));
        assertEquals(13, memory.pages());
    }
}
