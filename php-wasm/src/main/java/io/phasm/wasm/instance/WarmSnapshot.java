package io.phasm.wasm.instance;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MutabilityType;
import io.phasm.wasm.module.PhpModule;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * PHP started once for web requests and captured right after phasm_startup: the linear memory
 * and the wasm globals. An instance made from it skips PHP's start-up (module initialisation,
 * ini parsing, class tables) and costs a memory copy.
 *
 * The host side of a started instance is nothing but stdio (checked at capture), so a snapshot
 * can continue with any new process: requests get their own descriptors, mounts and output.
 */
public final class WarmSnapshot {
    private static final int PAGE = 65536;
    private static final List<Integer> STDIO = List.of(0, 1, 2);

    /** The memory page by page; null for a page of zeros (most of it: PHP's heap is mostly untouched). */
    private final byte[][] pages;
    private final long[] globalsLow;
    private final long[] globalsHigh;

    private WarmSnapshot(Instance started) {
        Memory m = started.memory();
        this.pages = new byte[m.pages()][];
        for (int i = 0; i < pages.length; i++) {
            byte[] page = m.readBytes(i * PAGE, PAGE);
            pages[i] = isZero(page) ? null : page;
        }
        int count = started.globalCount();
        this.globalsLow = new long[count];
        this.globalsHigh = new long[count];
        for (int i = 0; i < count; i++) {
            GlobalInstance g = started.global(i);
            globalsLow[i] = g.getValueLow();
            globalsHigh[i] = g.getValueHigh();
        }
    }

    /**
     * Starts PHP for web requests with the given php.ini text (see PhpInstance.startWeb) in
     * starter, and captures it. starter is used only for start-up and must not be used again.
     */
    public static WarmSnapshot startWeb(PhpProcess starter, String ini) {
        PhpInstance php = new PhpInstance(starter);
        php.startWeb(ini);
        List<Integer> open = starter.descriptors().openDescriptors();
        if (!open.equals(STDIO)) {
            // A descriptor PHP kept from start-up would point at nothing in the next process.
            throw new IllegalStateException("PHP kept descriptors " + open + " open after start-up; cannot snapshot it");
        }
        WarmSnapshot snapshot = new WarmSnapshot(php.wasm());
        starter.exit();
        return snapshot;
    }

    /** A new instance, in the state PHP was in when the snapshot was taken, running in process. */
    public PhpInstance newInstance(PhpProcess process) {
        return new PhpInstance(process, this);
    }

    /** Bytes of linear memory each instance starts with. */
    public long memoryBytes() {
        return (long) pages.length * PAGE;
    }

    /** Pages holding something other than zeros: what a new instance copies. */
    public int pagesCopied() {
        return (int) Arrays.stream(pages).filter(Objects::nonNull).count();
    }

    /**
     * Resets a used instance (made from this snapshot) to the snapshot's state for another
     * request, which costs a memory copy instead of building an instance. Returns false, and
     * leaves the instance alone, if its memory grew so much that keeping it would waste memory.
     */
    public boolean reset(PhpInstance used) {
        if (used.wasm().memory().pages() > 2 * pages.length) {
            return false;
        }
        used.resetTo(this);
        return true;
    }

    /**
     * Writes the snapshot's memory and globals into instance. A new instance's memory is zero
     * except where the module's data segments were written, so only the snapshot's non-zero
     * pages are copied and its zero pages within the data segments' reach cleared; a used
     * instance (dirty) has every other page cleared too, including any it grew beyond.
     */
    void restoreInto(Instance instance, boolean dirty) {
        Memory m = instance.memory();
        int missing = pages.length - m.pages();
        if (missing > 0 && m.grow(missing) < 0) {
            throw new OutOfMemoryError("cannot grow wasm memory to the snapshot's size");
        }
        int initialized = PhpModule.dataSegmentsEnd();
        for (int i = 0; i < pages.length; i++) {
            if (pages[i] != null) {
                m.write(i * PAGE, pages[i]);
            } else if (dirty || (long) i * PAGE < initialized) {
                m.fill((byte) 0, i * PAGE, (i + 1) * PAGE);
            }
        }
        if (dirty && m.pages() > pages.length) {
            m.fill((byte) 0, pages.length * PAGE, m.pages() * PAGE);
        }
        for (int i = 0; i < globalsLow.length; i++) {
            GlobalInstance g = instance.global(i);
            if (g.getMutabilityType() == MutabilityType.Var) {
                g.setValueLow(globalsLow[i]);
                g.setValueHigh(globalsHigh[i]);
            }
        }
    }

    private static boolean isZero(byte[] page) {
        for (byte b : page) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
