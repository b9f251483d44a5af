package io.phasm.wasm.imports;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Memory;
import io.phasm.wasm.abi.Errno;
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

    /** Grows memory to hold requested bytes, over-allocating like Emscripten's glue (×1.2, at most +96 MiB). */
    private static boolean resize(Memory memory, long requested) {
        long current = memory.pages() * PAGE;
        if (requested <= current) {
            return true;
        }
        if (requested > MAX_PAGES * PAGE) {
            return false;
        }
        long target = Math.min(Math.max(requested, current + current / 5), requested + 96L * 1024 * 1024);
        long pages = Math.min(MAX_PAGES, (target + PAGE - 1) / PAGE);
        if (memory.grow((int) (pages - memory.pages())) >= 0) {
            return true;
        }
        long minimal = (requested + PAGE - 1) / PAGE;
        return memory.grow((int) (minimal - memory.pages())) >= 0;
    }
}
