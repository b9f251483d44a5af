package io.phasm.wasm.instance;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasm.ChicoryException;
import io.phasm.wasm.asyncify.AsyncifyBufferOverflow;
import io.phasm.wasm.imports.WasmAbort;
import io.phasm.wasm.module.FunctionNames;
import io.phasm.wasm.module.WasmFrames;
import java.util.List;
import java.util.concurrent.CompletionException;

/** Turns what went wrong inside an instance into a PhpFailure with a message for people. */
final class Failures {
    /** Like a native process killed by SIGABRT. */
    static final int ABORTED = 134;
    /** EX_SOFTWARE: Phasm itself lacks something. */
    static final int UNSUPPORTED = 70;
    /** Like a native process stopped by SIGINT. */
    static final int INTERRUPTED = 130;
    private static final int MAX_FRAMES = 12;

    /** What actually went wrong, without the CompletionException a future wraps it in. */
    static Throwable cause(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    static PhpFailure describe(Throwable t) {
        Throwable cause = cause(t);
        return switch (cause) {
            case PhpFailure failure -> failure;
            case WasmAbort abort -> new PhpFailure("PHP aborted: " + abort.getMessage() + wasmStack(abort), ABORTED, abort);
            case UnsupportedImport unsupported -> new PhpFailure(unsupported.getMessage() + wasmStack(unsupported), UNSUPPORTED, unsupported);
            case AsyncifyBufferOverflow overflow -> new PhpFailure(overflow.getMessage(), UNSUPPORTED, overflow);
            case ChicoryInterruptedException stopped -> new PhpFailure("PHP was stopped while running (interrupted)", INTERRUPTED, stopped);
            case ChicoryException trap -> new PhpFailure("PHP crashed: WebAssembly trap (" + trap.getMessage() + ")" + wasmStack(trap), ABORTED, trap);
            case StackOverflowError overflow -> new PhpFailure("PHP crashed: call stack exhausted" + wasmStack(overflow), ABORTED, overflow);
            case OutOfMemoryError oom -> new PhpFailure("PHP ran out of memory: " + oom.getMessage(), ABORTED, oom);
            default -> new PhpFailure("internal error while running PHP: " + cause, UNSUPPORTED, cause);
        };
    }

    /** The wasm functions on the failing stack, innermost first. */
    static String wasmStack(Throwable t) {
        List<String> frames = WasmFrames.of(t).stream().limit(MAX_FRAMES).map(FunctionNames::of).toList();
        return frames.isEmpty() ? "" : "\n  in " + String.join(" <- ", frames);
    }

    private Failures() {}
}
