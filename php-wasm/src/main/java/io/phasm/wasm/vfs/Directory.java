package io.phasm.wasm.vfs;

import java.util.List;

/** A directory. Names passed in are single path components: never empty, ".", ".." or containing '/'. */
public abstract non-sealed class Directory extends Node {

    /** The child called name, or null if there is none. */
    public abstract Node lookup(String name);

    /** Child names, without "." and "..". */
    public abstract List<String> list();

    public abstract RegularFile createFile(String name, int permissions);

    public abstract Directory createDirectory(String name, int permissions);

    public abstract void createSymlink(String name, String target);

    /** Removes a child; directory says whether rmdir (true) or unlink (false) semantics apply. */
    public abstract void remove(String name, boolean directory);

    /** Moves child from to target/to, replacing what is there as rename(2) does. */
    public abstract void rename(String from, Directory target, String to);
}
