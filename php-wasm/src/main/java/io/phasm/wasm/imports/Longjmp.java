package io.phasm.wasm.imports;

/**
 * A C longjmp in flight: thrown by _emscripten_throw_longjmp, caught by the nearest invoke_*
 * trampoline, which then lets the wasm caller dispatch to its setjmp point. The target is
 * already recorded in wasm memory (__THREW__), so one shared instance suffices.
 */
final class Longjmp extends RuntimeException {
    static final Longjmp INSTANCE = new Longjmp();

    private Longjmp() {
        super("longjmp", null, false, false);
    }
}
