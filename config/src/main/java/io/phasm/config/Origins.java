package io.phasm.config;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each configuration value came from, by dotted key ({@code php.mounts[0].host}): error
 * messages name the file and line (or the command line), and relative paths resolve against the
 * directory of what they were written in.
 */
final class Origins {

    /** @param line 1-based, or 0 when there is none (the command line) */
    record Origin(String label, Path baseDirectory, int line) {
    }

    private final Map<String, Origin> byKey = new HashMap<>();
    /** For keys with no origin of their own or of a section around them: defaulted ones. */
    private final Origin fallback;

    Origins(Origin fallback) {
        this.fallback = fallback;
    }

    void record(String key, Origin origin) {
        byKey.put(key, origin);
    }

    /** A value set as a whole: what was recorded inside the value it replaces no longer applies. */
    void replace(String key, Origin origin) {
        byKey.keySet().removeIf(k -> k.startsWith(key + ".") || k.startsWith(key + "["));
        byKey.put(key, origin);
    }

    /** The origin of the key, or else of the nearest section that holds it. */
    Origin of(String key) {
        for (String k = key; !k.isEmpty(); k = parent(k)) {
            Origin origin = byKey.get(k);
            if (origin != null) {
                return origin;
            }
        }
        return fallback;
    }

    private static String parent(String key) {
        return key.substring(0, Math.max(0, Math.max(key.lastIndexOf('.'), key.lastIndexOf('['))));
    }

    /** {@code phasm.yaml: instances.max: expected a whole number >= 1, got "many" (line 12)} */
    ConfigException problem(String key, String expected, String got) {
        return at(key, "expected " + expected + ", got " + got);
    }

    ConfigException unknownKey(String key, List<String> knownKeys) {
        return at(key, "unknown key, expected one of " + String.join(", ", knownKeys));
    }

    ConfigException at(String key, String complaint) {
        Origin origin = of(key);
        return new ConfigException(origin.label() + ": " + key + ": " + complaint
                + (origin.line() > 0 ? " (line " + origin.line() + ")" : ""));
    }

    /** A string value as the user would write it, escaped so that the message stays on one line. */
    static String quote(String text) {
        return TextNode.valueOf(text).toString();
    }

    static String quote(Path path) {
        return quote(path.toString());
    }
}
