package io.phasm.wasm.vfs;

import java.util.ArrayList;
import java.util.List;

/** String operations on virtual (PHP-side) paths. */
public final class VirtualPaths {

    /** Path components, dropping empty ones (repeated or trailing slashes). "." and ".." are kept. */
    public static List<String> components(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    public static String join(String directory, String name) {
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    /** The absolute path for components taken from the root. */
    public static String fromComponents(List<String> components) {
        return components.isEmpty() ? "/" : "/" + String.join("/", components);
    }

    /** Canonical absolute form of an absolute path with only real names (no "." or ".."). */
    public static String normalizeAbsolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("not an absolute path: " + path);
        }
        List<String> parts = components(path);
        if (parts.contains(".") || parts.contains("..")) {
            throw new IllegalArgumentException("'.' or '..' in " + path);
        }
        return fromComponents(parts);
    }

    private VirtualPaths() {}
}
