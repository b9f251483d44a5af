package io.phasm.wasm.asyncify;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Suspends and resumes one instance with binaryen's Asyncify instrumentation.
 *
 * An export is run by {@link #call}. When an import awaits something unfinished, the driver
 * starts an unwind: every instrumented frame saves its locals into the Asyncify buffer and
 * returns, so the export returns and the calling thread is free. When the operation completes,
 * the driver starts a rewind on the given executor and calls the export again; the frames
 * restore themselves, the same import is called again and now returns the result.
 *
 * The buffer (1 MiB at first) is doubled, by copying, whenever a suspension used more than half
 * of it. A suspension that needs more than the buffer holds is detected when the unwind stops
 * (binaryen traps there) and fails the run with AsyncifyBufferOverflow; the instance is dead.
 */
public final class AsyncifyDriver implements Suspender {
    private static final int UNWINDING = 1, REWINDING = 2;
    private static final int HEADER = 8;
    private static final int INITIAL_CAPACITY = Integer.getInteger("phasm.asyncify.initialBuffer", 1024 * 1024);
    private static final int MAX_CAPACITY = Integer.getInteger("phasm.asyncify.maxBuffer", 16 * 1024 * 1024);
    /** For measuring what suspension buys: every wait blocks its thread, as without Asyncify. */
    private static final boolean DISABLED = Boolean.getBoolean("phasm.asyncify.disabled");
    /**
     * Totals over every instance of the JVM, reported at exit with -Dphasm.asyncify.report=true
     * (on stderr) or =FILE (appended to FILE: a test fork's stderr may be gone by then).
     */
    private static final LongAdder UNWINDS = new LongAdder(), REWINDS = new LongAdder(), FALLBACKS = new LongAdder();

    static {
        String report = System.getProperty("phasm.asyncify.report", "false");
        if (!report.equals("false")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                String totals = String.format("phasm asyncify totals: %d unwinds, %d rewinds, %d blocking fallbacks%n",
                        UNWINDS.sum(), REWINDS.sum(), FALLBACKS.sum());
                if (report.equals("true")) {
                    System.err.print(totals);
                    return;
                }
                try {
                    Files.writeString(Path.of(report), totals, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    System.err.print(totals);
                }
            }));
        }
    }

    private Instance instance;
    private ExportFunction startUnwind, stopUnwind, startRewind, stopRewind, getState, malloc, free;
    private Memory memory;
    private int buffer;
    private int capacity;
    private CompletableFuture<long[]> pending;
    private long[] resumeValue;
    private long suspensions;
    private long fallbacks;

    /** Connects the driver to its instance, once it exists (imports are made before it). */
    public void bind(Instance instance) {
        this.instance = instance;
        this.memory = instance.memory();
        this.startUnwind = instance.export("asyncify_start_unwind");
        this.stopUnwind = instance.export("asyncify_stop_unwind");
        this.startRewind = instance.export("asyncify_start_rewind");
        this.stopRewind = instance.export("asyncify_stop_rewind");
        this.getState = instance.export("asyncify_get_state");
        this.malloc = instance.export("malloc");
        this.free = instance.export("free");
    }

    /**
     * Forgets the buffer and any suspension: the instance's memory was reset to a state in
     * which the buffer was never allocated.
     */
    public void reset() {
        buffer = 0;
        capacity = 0;
        pending = null;
        resumeValue = null;
    }

    /** How many times the instance was suspended. */
    public long suspensions() {
        return suspensions;
    }

    /** How many waits had to block because the stack was not fully instrumented. */
    public long fallbacks() {
        return fallbacks;
    }

    @Override
    public long[] await(Supplier<CompletableFuture<long[]>> operation, long[] placeholder) {
        if (state() == REWINDING) {
            stopRewind.apply();
            long[] value = resumeValue;
            resumeValue = null;
            return value;
        }
        SuspensionStacks.traceIfEnabled();
        CompletableFuture<long[]> future = operation.get();
        if (future.isDone()) {
            return future.join();
        }
        if (DISABLED) {
            fallbacks++;
            FALLBACKS.increment();
            return waitInPlace(future);
        }
        List<String> gaps = SuspensionStacks.gaps();
        if (!gaps.isEmpty()) {
            // Unwinding through an uninstrumented frame would corrupt the run: wait in place instead.
            fallbacks++;
            FALLBACKS.increment();
            SuspensionStacks.reportOnce(gaps);
            return waitInPlace(future);
        }
        pending = future;
        resetHeader();
        startUnwind.apply(buffer);
        return placeholder;
    }

    /**
     * Waits for the operation without unwinding: the thread parks (a virtual thread gives its
     * running permit back meanwhile). An interrupt (a request's time limit) stops the run.
     */
    private static long[] waitInPlace(CompletableFuture<long[]> future) {
        try {
            return RunningPermits.awaitParked(future);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChicoryInterruptedException("interrupted while waiting");
        } catch (ExecutionException e) {
            throw new CompletionException(e.getCause());
        }
    }

    /**
     * Runs an export to completion, across any number of suspensions. Resumptions run on
     * resumeOn; the returned future completes with the export's final result.
     */
    public CompletableFuture<long[]> call(String export, Executor resumeOn, long... args) {
        if (buffer == 0 && !DISABLED) {
            // Here, before any wasm code runs, not when an import first suspends: by then the
            // operation it waits for has started, and may write this instance's memory from another
            // thread when it completes (poll's revents, received bytes) while malloc grows the memory
            // (FlatMemory grows into a new array: such a write to the old one would be lost).
            allocate(INITIAL_CAPACITY);
        }
        CompletableFuture<long[]> result = new CompletableFuture<>();
        step(instance.export(export), args, resumeOn, result);
        return result;
    }

    private void step(ExportFunction export, long[] args, Executor resumeOn, CompletableFuture<long[]> result) {
        long[] value;
        try {
            value = export.apply(args);
            if (state() != UNWINDING) {
                result.complete(value);
                return;
            }
            // binaryen checks the buffer bound here, after the frames were saved: a trap means they
            // overflowed it. The overflow wrote into this instance's heap, so it must never run again.
            stopUnwind.apply();
        } catch (Throwable t) {
            pending = null;
            result.completeExceptionally(overflowed() ? new AsyncifyBufferOverflow(capacity, t) : t);
            return;
        }
        suspensions++;
        UNWINDS.increment();
        CompletableFuture<long[]> operation = pending;
        pending = null;
        operation.whenComplete((opResult, error) -> resumeOn.execute(() -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            // Not right after the unwind: until the operation completes it may write this memory
            // from another thread, and moving the frames runs malloc, which may grow (move) it.
            growIfCrowded();
            resumeValue = opResult;
            REWINDS.increment();
            startRewind.apply(buffer);
            step(export, args, resumeOn, result);
        }));
    }

    /** Whether the saved frames went past the buffer's end (binaryen has reset the state by then). */
    private boolean overflowed() {
        return buffer != 0 && Integer.compareUnsigned(memory.readInt(buffer), memory.readInt(buffer + 4)) > 0;
    }

    private int state() {
        return (int) getState.apply()[0];
    }

    private void allocate(int size) {
        int address = (int) malloc.apply(HEADER + size)[0];
        if (address == 0) {
            throw new OutOfMemoryError("no wasm memory for the Asyncify buffer");
        }
        buffer = address;
        capacity = size;
    }

    private void resetHeader() {
        memory.writeI32(buffer, buffer + HEADER);
        memory.writeI32(buffer + 4, buffer + HEADER + capacity);
    }

    /** After an unwind: if it used over half the buffer, move the saved frames to one twice as big. */
    private void growIfCrowded() {
        int used = memory.readInt(buffer) - (buffer + HEADER);
        if (used <= capacity / 2 || capacity >= MAX_CAPACITY) {
            return;
        }
        int oldBuffer = buffer;
        byte[] saved = memory.readBytes(oldBuffer + HEADER, used);
        allocate(Math.min(capacity * 2, MAX_CAPACITY));
        memory.write(buffer + HEADER, saved);
        memory.writeI32(buffer, buffer + HEADER + used);
        memory.writeI32(buffer + 4, buffer + HEADER + capacity);
        free.apply(oldBuffer);
    }
}
