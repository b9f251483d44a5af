package io.phasm.wasm.instance;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.types.MutabilityType;
import java.util.List;

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

    private final byte[] memory;
    private final long[] globalsLow;
    private final long[] globalsHigh;

    private WarmSnapshot(Instance started) {
        Memory m = started.memory();
        this.memory = m.readBytes(0, m.pages() * PAGE);
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
    public int memoryBytes() {
        return memory.length;
    }

    void restoreInto(Instance instance) {
        Memory m = instance.memory();
        int missing = memory.length / PAGE - m.pages();
        if (missing > 0 && m.grow(missing) < 0) {
            throw new OutOfMemoryError("cannot grow wasm memory to the snapshot's size");
        }
        m.write(0, memory);
        for (int i = 0; i < globalsLow.length; i++) {
            GlobalInstance g = instance.global(i);
            if (g.getMutabilityType() == MutabilityType.Var) {
                g.setValueLow(globalsLow[i]);
                g.setValueHigh(globalsHigh[i]);
            }
        }
    }
}
