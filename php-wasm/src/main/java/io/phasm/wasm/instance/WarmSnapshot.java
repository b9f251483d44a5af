package io.phasm.wasm.instance;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import io.phasm.wasm.imports.RequestIo;
import io.phasm.wasm.memory.MemoryLayout;
import io.phasm.wasm.memory.SnapshotMemory;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * PHP started once for web requests and captured right after phasm_startup (or, later, after
 * compiling scripts into its OPcache: {@link #precompiled}): the linear memory and the wasm
 * globals. An instance made from it skips PHP's start-up (module initialisation, ini parsing,
 * class tables): its memory starts from the captured pages, in the site's MemoryLayout (a copy of
 * them, or pages shared until written), and going back to the snapshot for another request
 * undoes only the pages its request wrote.
 *
 * The host side of a captured instance is nothing but stdio (checked at capture), so a snapshot
 * can continue with any new process: requests get their own descriptors, mounts and output.
 */
public final class WarmSnapshot {
    private static final int PAGE = 65536;
    private static final List<Integer> STDIO = List.of(0, 1, 2);

    /** The memory page by page; null for a page of zeros (most of it: PHP's heap is mostly untouched). Never written. */
    private final byte[][] pages;
    /** The wasm globals by index, as the instance's memory held them. */
    private final long[] globals;
    private final MemoryLayout layout;

    private WarmSnapshot(Instance started, MemoryLayout layout) {
        this.layout = layout;
        SnapshotMemory memory = (SnapshotMemory) started.memory();
        this.pages = memory.image();
        this.globals = memory.globals();
    }

    /**
     * Starts PHP for web requests with the given php.ini text (see PhpInstance.startWeb) in
     * starter, and captures it; instances made from it keep their memory in layout. starter is
     * used only for start-up and must not be used again.
     */
    public static WarmSnapshot startWeb(PhpProcess starter, String ini, MemoryLayout layout) {
        PhpInstance php = new PhpInstance(starter);
        php.startWeb(ini);
        return capture(php, "start-up", layout);
    }

    /**
     * This snapshot with scripts compiled into its OPcache (PhpInstance.precompile), run in a new
     * instance made from it in process; that instance is used up. The new snapshot shares every
     * page the compiling did not write with this one. Also returns which of the scripts its
     * OPcache holds.
     */
    public Precompiled precompiled(PhpProcess process, List<String> scripts, RequestIo log, Executor resumeOn) {
        PhpInstance php = newInstance(process);
        List<String> cached;
        try {
            cached = php.precompile(scripts, log, resumeOn).join();
        } catch (CompletionException e) {
            process.exit();
            throw Failures.describe(e);
        }
        return new Precompiled(capture(php, "compiling scripts", layout), cached);
    }

    /** A snapshot from {@link #precompiled}, and the scripts asked for that its OPcache holds. */
    public record Precompiled(WarmSnapshot snapshot, List<String> cached) {}

    private static WarmSnapshot capture(PhpInstance php, String after, MemoryLayout layout) {
        List<Integer> open = php.process().descriptors().openDescriptors();
        if (!open.equals(STDIO)) {
            // A descriptor PHP kept would point at nothing in the next process.
            php.process().exit();
            throw new IllegalStateException("PHP kept descriptors " + open + " open after " + after + "; cannot snapshot it");
        }
        WarmSnapshot snapshot = new WarmSnapshot(php.wasm(), layout);
        php.process().exit();
        return snapshot;
    }

    /** A new instance, in the state PHP was in when the snapshot was taken, running in process. */
    public PhpInstance newInstance(PhpProcess process) {
        return new PhpInstance(process, this);
    }

    /** Whether php was made from this snapshot. */
    public boolean made(PhpInstance php) {
        return php.madeFrom() == this;
    }

    /** Bytes of linear memory each instance starts with. */
    public long memoryBytes() {
        return (long) pages.length * PAGE;
    }

    /** Pages holding something other than zeros: what each new instance copies (FLAT) or shares until written (PAGED). */
    public int nonZeroPages() {
        return (int) Arrays.stream(pages).filter(Objects::nonNull).count();
    }

    /**
     * Resets a used instance (made from this snapshot) to the snapshot's state for another
     * request: the pages its memory wrote are the snapshot's again. Returns false, and
     * leaves the instance alone, if its memory grew so much that keeping it would waste memory,
     * or if it was made from another snapshot (the site's snapshot moved on while it served).
     */
    public boolean reset(PhpInstance used) {
        if (!made(used) || used.wasm().memory().pages() > 2 * pages.length) {
            return false;
        }
        used.resetTo(this);
        return true;
    }

    /** A memory for a new instance, holding the snapshot's pages. */
    SnapshotMemory newMemory(MemoryLimits limits) {
        return layout.create(limits, pages);
    }

    /** Writes the snapshot's globals into instance (its memory is reset by the caller). */
    void restoreGlobals(Instance instance) {
        ((SnapshotMemory) instance.memory()).setGlobals(globals);
    }
}
