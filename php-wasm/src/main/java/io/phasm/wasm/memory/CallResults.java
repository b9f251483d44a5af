package io.phasm.wasm.memory;

import com.dylibso.chicory.runtime.Memory;
import java.util.Arrays;

/**
 * The arrays compiled wasm functions return their results in when they have several. Chicory
 * compiles such a function to a method returning a new {@code long[]}, which its caller unpacks
 * at once; PHP.wasm's only such functions are the parts its largest functions were split into
 * (they return the locals they wrote), several called on every iteration of PCRE's match loop
 * and SQLite's VDBE loop: 0.7-1 GB of arrays a second, never inlined away. The build
 * ({@code io.phasm.wasm.module.build.ResultArrayReuse}) makes them fill one array per result
 * count of the instance instead, kept by its memory: an instance runs on one thread at a time,
 * and a caller has unpacked the array before it calls anything that could fill it again. A host
 * calling an export with several results gets that array too, and must read it before calling
 * into the instance again (PHP.wasm exports none).
 */
public final class CallResults {
    private CallResults() {}

    /** The array of count results to return from a function of the instance whose memory this is. */
    public static long[] of(Memory memory, int count) {
        if (!(memory instanceof ImageMemory image)) {
            return new long[count]; // another memory (a test's): no place to keep one
        }
        long[][] byCount = image.callResults;
        if (count >= byCount.length) {
            byCount = image.callResults = Arrays.copyOf(byCount, Math.max(count + 1, 2 * byCount.length));
        }
        long[] results = byCount[count];
        return results != null ? results : (byCount[count] = new long[count]);
    }
}
