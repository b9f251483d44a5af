package io.phasm.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;

/** Command-line settings, {@code key=value} with a dotted key, applied over the file's tree. */
final class Overrides {
    private static final String INI = "php.ini.";

    private Overrides() {
    }

    /**
     * Sets one key. The value is read as YAML, so {@code 4} is a number and {@code [a, b]} a list;
     * text YAML cannot read (such as {@code @x}) is taken as it is.
     */
    static void apply(ObjectNode tree, String key, String value, Origins origins, Origins.Origin origin) {
        List<String> names = names(key);
        ObjectNode section = tree;
        for (int i = 0; i < names.size() - 1; i++) {
            JsonNode child = section.get(names.get(i));
            if (child == null || child.isNull()) {
                child = section.putObject(names.get(i));
            } else if (!child.isObject()) {
                String sectionKey = String.join(".", names.subList(0, i + 1));
                throw new ConfigException(origin.label() + ": " + key + ": unknown key, " + sectionKey
                        + " is a value, not a section");
            }
            section = (ObjectNode) child;
        }
        ConfigLoader.put(section, names.getLast(), parse(value), key, replaced -> origins.replace(replaced, origin));
    }

    /** php.ini names hold dots themselves ({@code date.timezone}): everything after {@code php.ini.} is one. */
    private static List<String> names(String key) {
        if (key.startsWith(INI) && key.length() > INI.length()) {
            return List.of("php", "ini", key.substring(INI.length()));
        }
        return List.of(key.split("\\.", -1));
    }

    private static JsonNode parse(String value) {
        try {
            JsonNode node = ConfigFile.YAML.readTree(value);
            return node.isMissingNode() ? NullNode.instance : node;
        } catch (JacksonException e) {
            return TextNode.valueOf(value);
        }
    }

    /** {@code text} written so that {@link #apply} takes it as a string, whatever it holds ({@code 2024}, {@code #1}). */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
