package io.phasm.asyncify.lists;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One of the Asyncify list files: a header of '#' comments, then one name per line, sorted.
 * A name may carry '*' wildcards (binaryen's syntax), e.g. {@code env.invoke_*}; a '#' after a
 * name starts a comment.
 */
public final class NameList {
    private final List<String> header;
    private final TreeSet<String> entries;

    private NameList(List<String> header, TreeSet<String> entries) {
        this.header = header;
        this.entries = entries;
    }

    public static NameList read(Path file) throws IOException {
        List<String> header = new ArrayList<>();
        TreeSet<String> entries = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String name = line.replaceFirst("#.*", "").strip();
            if (!name.isEmpty()) {
                entries.add(name);
            } else if (entries.isEmpty()) {
                header.add(line); // comments and blank lines above the first name
            }
        }
        return new NameList(header, entries);
    }

    /** The names and patterns, sorted. */
    public Set<String> entries() {
        return java.util.Collections.unmodifiableSet(entries);
    }

    /** Whether name is listed, literally or through a wildcard. */
    public boolean matches(String name) {
        if (entries.contains(name)) {
            return true;
        }
        for (String entry : entries) {
            if (entry.indexOf('*') >= 0 && pattern(entry).matcher(name).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Adds the names not listed yet (literally or by a wildcard); returns those, sorted. */
    public List<String> addMissing(Collection<String> names) {
        List<String> added = new ArrayList<>();
        for (String name : new TreeSet<>(names)) {
            if (!matches(name)) {
                entries.add(name);
                added.add(name);
            }
        }
        return added;
    }

    /** Removes a name (for tests of the harness); true if it was listed literally. */
    public boolean remove(String name) {
        return entries.remove(name);
    }

    /** Writes the header, then the names sorted, one per line. */
    public void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>(header);
        lines.addAll(entries);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The names joined with commas: binaryen 108 splits its response files on commas only. */
    public String asResponseFile() {
        return String.join(",", entries);
    }

    private static Pattern pattern(String wildcard) {
        StringBuilder regex = new StringBuilder();
        for (String part : wildcard.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }
}
