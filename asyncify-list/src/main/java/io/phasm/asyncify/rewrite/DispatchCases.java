package io.phasm.asyncify.rewrite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cases of a function's br_table dispatches a training workload took: the profile that
 * tells {@link DispatchSplitter} what to keep in the loop's method. One line per br_table:
 *
 * <pre>FUNCTION TARGETS CASES</pre>
 *
 * where TARGETS is the br_table's length (its cases and its default, as in the binary), which
 * names it: it must be the function's only br_table of that length (an index among several would
 * not survive the splitting, which moves br_tables into parts: the profile is read from a split
 * module and applied to an unsplit one). CASES are the taken case numbers (0-based; the default
 * is the last), comma-separated, or {@code -} for none. '#' starts a comment.
 */
public final class DispatchCases {
    /** One br_table: which one, and the cases taken. */
    public record Table(String function, int targets, BitSet taken) {}

    private final Map<String, List<Table>> byFunction = new LinkedHashMap<>();

    public static final DispatchCases NONE = new DispatchCases(List.of());

    public DispatchCases(List<Table> tables) {
        for (Table t : tables) {
            byFunction.computeIfAbsent(t.function(), f -> new ArrayList<>()).add(t);
        }
    }

    public static DispatchCases read(Path file) throws IOException {
        List<Table> tables = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                tables.add(parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + e.getMessage() + " in \"" + lines.get(n)
                        + "\" (expected FUNCTION TARGETS CASES)", e);
            }
        }
        return new DispatchCases(tables);
    }

    private static Table parse(String line) {
        String[] fields = line.split("\\s+");
        if (fields.length != 3) {
            throw new IllegalArgumentException(fields.length + " fields instead of 3");
        }
        int targets = number(fields[1], "TARGETS");
        BitSet taken = new BitSet();
        if (!fields[2].equals("-")) {
            for (String c : fields[2].split(",")) {
                int k = number(c, "a case");
                if (k >= targets) {
                    throw new IllegalArgumentException("case " + k + " of a br_table of " + targets + " targets");
                }
                taken.set(k);
            }
        }
        return new Table(fields[0], targets, taken);
    }

    private static int number(String field, String what) {
        try {
            int value = Integer.parseInt(field);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " is not a number >= 0: " + field);
    }

    /** The function's profiled br_tables, in the order the file lists them. */
    List<Table> of(String function) {
        return byFunction.getOrDefault(function, List.of());
    }

    /** Names of the functions the profile covers. */
    public Set<String> functions() {
        return byFunction.keySet();
    }
}
