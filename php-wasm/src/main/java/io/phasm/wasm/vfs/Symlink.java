package io.phasm.wasm.vfs;

/** A symbolic link. Its target is always resolved inside the virtual file system, never on the host. */
public abstract non-sealed class Symlink extends Node {
    public abstract String target();
}
