package io.phasm.wasm.asyncify;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
 * The buffer starts small and is doubled (copied) whenever a suspension used more than half of
 * it; binaryen traps instead of writing past its end, which is reported as an overflow.
 */
public final class AsyncifyDriver implements Suspender {
    private static final int NORMAL = 0, UNWINDING = 1, REWINDING = 2;
    private static final int HEADER = 8;
    private static final int INITIAL_CAPACITY = 64 * 1024;
    private static final int MAX_CAPACITY = Integer.getInteger("phasm.asyncify.maxBuffer", 16 * 1024 * 1024);

    private Instance instance;
    private ExportFunction startUnwind, stopUnwind, startRewind, stopRewind, getState, malloc, free;
    private Memory memory;
    private int buffer;
    private int capacity;
    private CompletableFuture<long[]> pending;
    private long[] resumeValue;
    private long suspensions;

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

    /** How many times the instance was suspended. */
    public long suspensions() {
        return suspensions;
    }

    @Override
    public long[] await(Supplier<CompletableFuture<long[]>> operation, long[] placeholder) {
        if (state() == REWINDING) {
            stopRewind.apply();
            long[] value = resumeValue;
            resumeValue = null;
            return value;
        }
        CompletableFuture<long[]> future = operation.get();
        if (future.isDone()) {
            return future.join();
        }
        pending = future;
        if (buffer == 0) {
            allocate(INITIAL_CAPACITY);
        }
        resetHeader();
        startUnwind.apply(buffer);
        return placeholder;
    }

    /**
     * Runs an export to completion, across any number of suspensions. Resumptions run on
     * resumeOn; the returned future completes with the export's final result.
     */
    public CompletableFuture<long[]> call(String export, Executor resumeOn, long... args) {
        CompletableFuture<long[]> result = new CompletableFuture<>();
        step(instance.export(export), args, resumeOn, result);
        return result;
    }

    private void step(ExportFunction export, long[] args, Executor resumeOn, CompletableFuture<long[]> result) {
        long[] value;
        try {
            value = export.apply(args);
        } catch (Throwable t) {
            pending = null;
            result.completeExceptionally(state() == UNWINDING ? new AsyncifyBufferOverflow(capacity, t) : t);
            return;
        }
        if (state() != UNWINDING) {
            result.complete(value);
            return;
        }
        stopUnwind.apply();
        suspensions++;
        growIfCrowded();
        CompletableFuture<long[]> operation = pending;
        pending = null;
        operation.whenComplete((opResult, error) -> resumeOn.execute(() -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            resumeValue = opResult;
            startRewind.apply(buffer);
            step(export, args, resumeOn, result);
        }));
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
