package io.phasm.asyncify.instrument;

/** binaryen is needed to instrument PHP.wasm and is not installed. */
public final class BinaryenMissing extends RuntimeException {
    BinaryenMissing() {
        super("binaryen's wasm-opt is not on the PATH; it instruments PHP.wasm for Asyncify. Install it with "
                + "`sudo apt-get install binaryen` (Debian's binaryen 108 is what the committed module was built with), "
                + "or run php-wasm/build/install-toolchain.sh, which installs the whole PHP.wasm toolchain.");
    }
}
