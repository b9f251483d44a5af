package io.phasm.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A number of bytes, written {@code 512}, {@code 16KB}, {@code 64MB} or {@code 1GB} (binary multiples). */
public record DataSize(long bytes) {
    private static final Pattern SYNTAX = Pattern.compile("(\\d+)\\s*(?:([kmg])(?:i?b)?|b)?", Pattern.CASE_INSENSITIVE);
    private static final long KB = 1024, MB = KB * 1024, GB = MB * 1024;

    /**
     * Reads a size: digits, then optionally a unit; {@code K}, {@code KB} and {@code KiB} all mean
     * 1024, in any case.
     *
     * @throws IllegalArgumentException if {@code text} is not a size, or is too large
     */
    public static DataSize parse(String text) {
        Matcher matcher = SYNTAX.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a size: " + text);
        }
        long multiple = switch (matcher.group(2) == null ? "" : matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> KB;
            case "m" -> MB;
            case "g" -> GB;
            default -> 1;
        };
        try {
            return new DataSize(Math.multiplyExact(Long.parseLong(matcher.group(1)), multiple));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too large: " + text, e);
        }
    }

    /** The largest unit that writes it exactly, in the syntax {@link #parse} reads: {@code 64MB}, {@code 1536B}. */
    @Override
    public String toString() {
        if (bytes != 0 && bytes % GB == 0) {
            return bytes / GB + "GB";
        } else if (bytes != 0 && bytes % MB == 0) {
            return bytes / MB + "MB";
        } else if (bytes != 0 && bytes % KB == 0) {
            return bytes / KB + "KB";
        }
        return bytes + "B";
    }
}
