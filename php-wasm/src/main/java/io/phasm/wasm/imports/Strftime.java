package io.phasm.wasm.imports;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** C strftime() in the "C" locale, for the conversions POSIX defines. */
final class Strftime {

    static String format(String format, ZonedDateTime t) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c != '%' || i + 1 == format.length()) {
                out.append(c);
                continue;
            }
            char spec = format.charAt(++i);
            if ((spec == 'E' || spec == 'O') && i + 1 < format.length()) {
                spec = format.charAt(++i); // C locale: the alternative forms are the plain ones
            }
            out.append(conversion(spec, t));
        }
        return out.toString();
    }

    private static String conversion(char spec, ZonedDateTime t) {
        return switch (spec) {
            case 'a' -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'A' -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US);
            case 'b', 'h' -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US);
            case 'B' -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.US);
            case 'c' -> format("%a %b %e %H:%M:%S %Y", t);
            case 'C' -> two(t.getYear() / 100);
            case 'd' -> two(t.getDayOfMonth());
            case 'D' -> format("%m/%d/%y", t);
            case 'e' -> String.format("%2d", t.getDayOfMonth());
            case 'F' -> format("%Y-%m-%d", t);
            case 'g' -> two(t.get(IsoFields.WEEK_BASED_YEAR) % 100);
            case 'G' -> Integer.toString(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'H' -> two(t.getHour());
            case 'I' -> two(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
            case 'j' -> String.format("%03d", t.getDayOfYear());
            case 'm' -> two(t.getMonthValue());
            case 'M' -> two(t.getMinute());
            case 'n' -> "\n";
            case 'p' -> t.getHour() < 12 ? "AM" : "PM";
            case 'r' -> format("%I:%M:%S %p", t);
            case 'R' -> format("%H:%M", t);
            case 's' -> Long.toString(t.toEpochSecond());
            case 'S' -> two(t.getSecond());
            case 't' -> "\t";
            case 'T' -> format("%H:%M:%S", t);
            case 'u' -> Integer.toString(t.getDayOfWeek().getValue());
            case 'U' -> two((t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7);
            case 'V' -> two(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case 'w' -> Integer.toString(t.getDayOfWeek().getValue() % 7);
            case 'W' -> two((t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7);
            case 'x' -> format("%m/%d/%y", t);
            case 'X' -> format("%H:%M:%S", t);
            case 'y' -> two(t.getYear() % 100);
            case 'Y' -> Integer.toString(t.getYear());
            case 'z' -> {
                int offset = t.getOffset().getTotalSeconds() / 60;
                yield String.format("%s%02d%02d", offset < 0 ? "-" : "+", Math.abs(offset) / 60, Math.abs(offset) % 60);
            }
            case 'Z' -> t.getZone().getDisplayName(TextStyle.SHORT, Locale.US);
            case '%' -> "%";
            default -> "%" + spec;
        };
    }

    private static String two(int value) {
        return String.format("%02d", value);
    }

    private Strftime() {}
}
