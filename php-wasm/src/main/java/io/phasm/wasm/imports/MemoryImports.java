package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.wasm.abi.Errno;
import io.phasm.wasm.memory.SnapshotMemory;
import java.util.List;

/**
 * The "env" memory imports: heap growth for malloc, bulk copies, and file mappings (which are
 * refused: PHP then reads files instead of mapping them).
 */
public final class MemoryImports {
    private static final long PAGE = 65536;
    /** Memories stop one page short of 2 GiB: a JVM array's limit. */
    private static final long MAX_PAGES = Memory.RUNTIME_MAX_PAGES;

    public List<HostFunction> functions() {
        return new HostFunctions("env")
                .add("emscripten_get_heap_max", "i()", (inst, a) -> Results.i32((int) (MAX_PAGES * PAGE)))
                .add("emscripten_resize_heap", "i(i)", (inst, a) -> Results.i32(resize(inst.memory(), a[0] & 0xffffffffL) ? 1 : 0))
                .add("emscripten_memcpy_big", "i(iii)", (inst, a) -> {
                    inst.memory().copy((int) a[0], (int) a[1], (int) a[2]);
                    return Results.i32((int) a[0]);
                })
                .add("_mmap_js", "i(iiiiiii)", (inst, a) -> Results.i32(-Errno.ENODEV))
                .add("_munmap_js", "i(iiiiii)", (inst, a) -> Results.i32(0))
                .functions();
    }

    /**
     * Grows memory to hold requested bytes: by a fifth of its size the first time, as Emscripten's
     * glue does, and by half once it has grown before. A flat memory (FlatMemory) grows by copying
     * into a new array, whose pages the JVM and the kernel zero first, so every growth costs about
     * as much as the memory's whole size (V8 grows in place, at no such cost). A memory that keeps
     * growing is a job that keeps allocating: growing it by half bounds the copying to twice its
     * final size (by a fifth it is five times; Emscripten's 96 MiB cap on a step would make it
     * grow ever more often past 480 MiB). The first step stays small because a server's instance
     * (a copy of the site's snapshot, kept for the next request) typically grows once, a little.
     * Measured: php-wasm/README.md, "Linear memory". If the larger growth does not fit (the
     * memory's maximum, or the JVM's heap), grows to just what was requested.
     */
    static boolean resize(Memory memory, long requested) {
        long current = memory.pages() * PAGE;
        if (requested <= current) {
            return true;
        }
        if (requested > MAX_PAGES * PAGE) {
            return false;
        }
        int start = memory instanceof SnapshotMemory snapshotMemory ? snapshotMemory.startPages() : memory.initialPages();
        long step = memory.pages() > start ? current / 2 : current / 5;
        long pages = Math.min(MAX_PAGES, (Math.max(requested, current + step) + PAGE - 1) / PAGE);
        if (memory.grow((int) (pages - memory.pages())) >= 0) {
            return true;
        }
        long minimal = (requested + PAGE - 1) / PAGE;
        return memory.grow((int) (minimal - memory.pages())) >= 0;
    }
}
