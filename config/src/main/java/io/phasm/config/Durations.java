package io.phasm.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as written in the configuration: {@code 250ms}, {@code 30s}, {@code 5m}, {@code 1h}, or bare seconds. */
final class Durations {
    private static final Pattern SYNTAX = Pattern.compile("(\\d+)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

    private Durations() {
    }

    /** @throws IllegalArgumentException if {@code text} is not a duration, or is too long */
    static Duration parse(String text) {
        Matcher matcher = SYNTAX.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a duration: " + text);
        }
        ChronoUnit unit = switch (matcher.group(2) == null ? "s" : matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> ChronoUnit.MILLIS;
            case "m" -> ChronoUnit.MINUTES;
            case "h" -> ChronoUnit.HOURS;
            default -> ChronoUnit.SECONDS;
        };
        try {
            return Duration.of(Long.parseLong(matcher.group(1)), unit);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("too long: " + text, e);
        }
    }
}
