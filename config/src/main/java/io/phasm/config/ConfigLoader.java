package io.phasm.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes the configuration: the defaults, the file over them, the command line over both; then binds
 * and validates it, so that a mistake stops the server at start-up with a message saying where it is.
 */
public final class ConfigLoader {
    private static final String COMMAND_LINE = "command line";

    private ConfigLoader() {
    }

    /**
     * @param file YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}); relative paths in it
     *     resolve against its directory
     * @param overrides dotted keys ({@code server.port}, {@code php.ini.memory_limit}) to values read
     *     as YAML ({@code 4}, {@code 256M}, {@code [index.php]}); relative paths in them resolve against
     *     {@code workingDirectory}
     * @throws ConfigException if the file cannot be read, or a value is unknown, of the wrong type or invalid
     */
    public static PhasmConfig load(Optional<Path> file, Map<String, String> overrides, Path workingDirectory) {
        Path cwd = workingDirectory.toAbsolutePath();
        Origins.Origin commandLine = new Origins.Origin(COMMAND_LINE, cwd, 0);
        Origins origins = new Origins(file.map(f -> ConfigFile.origin(f, cwd)).orElse(commandLine));
        ObjectNode tree = Defaults.tree();
        file.ifPresent(f -> ConfigFile.read(f, cwd, origins).properties()
                .forEach(entry -> put(tree, entry.getKey(), entry.getValue(), entry.getKey(), key -> { })));
        overrides.forEach((key, value) -> Overrides.apply(tree, key, value, origins, commandLine));
        Defaults.complete(tree, origins);
        iniValuesAsText(tree);
        PhasmConfig config = ConfigBinder.bind(tree, origins);
        ConfigValidator.validate(config, origins);
        return config;
    }

    /**
     * Sets {@code name} in {@code section}. A mapping over a mapping merges key by key, so that what it
     * leaves out keeps its value; null over a mapping or list (a YAML section with nothing under it)
     * changes nothing; anything else replaces the old value, and {@code replaced} gets its key.
     */
    static void put(ObjectNode section, String name, JsonNode value, String key, Consumer<String> replaced) {
        JsonNode old = section.get(name);
        if (old instanceof ObjectNode oldSection && value instanceof ObjectNode newSection) {
            newSection.properties().forEach(entry ->
                    put(oldSection, entry.getKey(), entry.getValue(), key + "." + entry.getKey(), replaced));
        } else if (!(value.isNull() && old != null && old.isContainerNode())) {
            section.set(name, value);
            replaced.accept(key);
        }
    }

    /** php.ini takes text: YAML numbers are written as they were, and booleans as PHP writes them, 1 and 0. */
    private static void iniValuesAsText(ObjectNode tree) {
        if (tree.path("php").path("ini") instanceof ObjectNode ini) {
            ini.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                if (value.isBoolean()) {
                    entry.setValue(TextNode.valueOf(value.booleanValue() ? "1" : "0"));
                } else if (value.isNull()) {
                    entry.setValue(TextNode.valueOf(""));
                } else if (value.isValueNode()) {
                    entry.setValue(TextNode.valueOf(value.asText()));
                }
            });
        }
    }
}
