package io.phasm.wasm.vfs;

/**
 * Where a path led: its canonical absolute path, the node there (null if the final component
 * does not exist) and the directory holding it with the final name, for create/unlink/rename.
 * For "/" parent is null and name is empty.
 */
public record Resolved(String path, Node node, Directory parent, String name) {

    public Node existing() {
        if (node == null) {
            throw new FsException(io.phasm.wasm.abi.Errno.ENOENT, path);
        }
        return node;
    }
}
