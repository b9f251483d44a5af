package io.phasm.wasm.boot;

import jdk.internal.vm.annotation.ForceInline;

/**
 * {@code global.get} and {@code global.set} of compiled wasm: the instance's globals as its memory
 * holds them ({@link FlatView#globals}). Chicory's own accessors ({@code readGlobal},
 * {@code writeGlobal} of the compiled module's {@code Shaded} class) go through the instance's
 * imported-global bookkeeping and its array of global objects, several dependent loads each; the
 * memory is the one Phasm object every compiled function is passed, so there a global is one
 * array element away. It matters because PHP.wasm is Asyncify-instrumented: every instrumented
 * function tests Asyncify's state global on entry and after each call (14,000 reads in the
 * compiled module; the VM's opcode loop reads it twice per opcode). The build points the
 * accessors' calls here (GlobalsInMemory), for all functions: same names, the memory as Object in
 * place of the instance (this class cannot name Chicory's types).
 */
public final class InlinedGlobalAccess {
    private InlinedGlobalAccess() {}

    @ForceInline
    public static long readGlobal(int index, Object memory) {
        return ((FlatView) memory).globals[index];
    }

    @ForceInline
    public static void writeGlobal(long value, int index, Object memory) {
        ((FlatView) memory).globals[index] = value;
    }
}
