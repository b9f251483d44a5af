package io.phasm.wasm.imports;

import io.phasm.wasm.vfs.FsException;
import java.util.function.IntSupplier;

/** Turns a host operation's outcome into the value the module's libc expects. */
final class Results {
    private static final long[] NONE = null;
    /**
     * What an i32 import returns while its instance unwinds: the value is ignored, and the import
     * tells this case apart from a real result by identity.
     */
    static final long[] WHILE_UNWINDING = {0};

    static long[] i32(int value) {
        return new long[] {value};
    }

    static long[] f64(double value) {
        return new long[] {Double.doubleToRawLongBits(value)};
    }

    static long[] none() {
        return NONE;
    }

    /** __syscall_* convention: the result, or -errno. */
    static long[] syscall(IntSupplier call) {
        try {
            return i32(call.getAsInt());
        } catch (FsException e) {
            return i32(-e.errno());
        }
    }

    /** WASI convention: 0, or the (positive) errno. */
    static long[] wasi(Runnable call) {
        try {
            call.run();
            return i32(0);
        } catch (FsException e) {
            return i32(e.errno());
        }
    }

    private Results() {}
}
