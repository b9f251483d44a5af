package io.phasm.wasm.instance;

/** PHP called a host function Phasm does not provide. */
public final class UnsupportedImport extends RuntimeException {
    public UnsupportedImport(String module, String name) {
        super("PHP called " + module + "." + name + ", which Phasm does not support", null, false, false);
    }
}
