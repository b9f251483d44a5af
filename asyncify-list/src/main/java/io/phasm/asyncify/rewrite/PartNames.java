package io.phasm.asyncify.rewrite;

import java.util.regex.Pattern;

/**
 * How parts are named: {@code original$partN}. Stack traces and the Asyncify tooling read a part's
 * frame as its original function's.
 */
public final class PartNames {
    private static final Pattern PART = Pattern.compile("\\$part\\d+$");

    static String part(String original, int n) {
        return original + "$part" + n;
    }

    /** The function a name belongs to: the original for a part's name, else the name itself. */
    public static String original(String name) {
        return PART.matcher(name).replaceFirst("");
    }

    private PartNames() {}
}
