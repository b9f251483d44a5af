package io.phasm.wasm.vfs;

/** A regular file: its data is reached through the content it opens. */
public abstract non-sealed class RegularFile extends Node {

    /** Opens the file's data for reading, and for writing too if write is set. */
    public abstract FileContent open(boolean write);

    /** Identity under which POSIX record locks on this file are kept (shared by every open of it). */
    public abstract Object lockKey();
}
