package io.phasm.asyncify.rewrite;

/** The module's bytes are not wasm this splitter can read (or use a feature it does not handle). */
public final class MalformedModule extends RuntimeException {
    MalformedModule(String message) {
        super(message);
    }
}
