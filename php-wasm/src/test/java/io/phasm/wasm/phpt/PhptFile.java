package io.phasm.wasm.phpt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One php-src .phpt test: its named sections ("--FILE--" and so on). */
record PhptFile(Path path, Map<String, String> sections) {
    private static final Pattern HEADER = Pattern.compile("^--([A-Z_]+)--\\s*$");

    static PhptFile read(Path path) throws IOException {
        // Tests are bytes, not always UTF-8: keep them byte-for-byte through ISO-8859-1.
        String text = new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        Map<String, String> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    sections.put(current, body.toString());
                }
                current = m.group(1);
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString());
        }
        return new PhptFile(path, sections);
    }

    String section(String name) {
        return sections.get(name);
    }

    boolean has(String name) {
        return sections.containsKey(name);
    }

    String name() {
        return path.getFileName().toString().replaceFirst("\\.phpt$", "");
    }
}
