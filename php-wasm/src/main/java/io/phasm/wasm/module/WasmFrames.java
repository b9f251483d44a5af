package io.phasm.wasm.module;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the wasm call stack off the Java one: Chicory compiles wasm function N to a static
 * method func_N of a CompiledPhpMachine class. Frames of interpreted functions are not visible.
 */
public final class WasmFrames {
    private static final String COMPILED_CLASS = CompiledPhp.class.getName() + "Machine";

    /** The wasm function index a Java frame runs, or -1 if it is not a compiled wasm function. */
    public static int functionIndex(String className, String methodName) {
        if (!methodName.startsWith("func_") || !className.startsWith(COMPILED_CLASS)) {
            return -1;
        }
        try {
            return Integer.parseInt(methodName, 5, methodName.length(), 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Wasm functions on the current thread's stack, innermost first. */
    public static List<Integer> current() {
        return StackWalker.getInstance().walk(frames -> frames
                .mapToInt(f -> functionIndex(f.getClassName(), f.getMethodName()))
                .filter(i -> i >= 0)
                .boxed()
                .toList());
    }

    /** Wasm functions on a throwable's stack, innermost first. */
    public static List<Integer> of(Throwable t) {
        List<Integer> out = new ArrayList<>();
        for (StackTraceElement e : t.getStackTrace()) {
            int index = functionIndex(e.getClassName(), e.getMethodName());
            if (index >= 0) {
                out.add(index);
            }
        }
        return out;
    }

    /** Whether the current stack runs any wasm function in Chicory's interpreter. */
    public static boolean interpreterOnStack() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getClassName().endsWith("InterpreterMachine")));
    }

    private WasmFrames() {}
}
