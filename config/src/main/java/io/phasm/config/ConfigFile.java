package io.phasm.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the configuration file, YAML or JSON by its extension, into a tree, recording the line of
 * every key so that messages about its values can point at it.
 */
final class ConfigFile {
    /** YAML 1.2 booleans: {@code off} is a word (log.access: off), only {@code true} and {@code false} are booleans. */
    static final ObjectMapper YAML = YAMLMapper.builder().enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String label;
    private final Path directory;
    private final Origins origins;

    private ConfigFile(String label, Path directory, Origins origins) {
        this.label = label;
        this.directory = directory;
        this.origins = origins;
    }

    /**
     * @param file as the user gave it, which messages repeat; if relative, it is in {@code workingDirectory}
     * @param origins gets the line of each key read
     */
    static ObjectNode read(Path file, Path workingDirectory, Origins origins) {
        Path path = workingDirectory.resolve(file);
        return new ConfigFile(file.toString(), path.getParent(), origins).read(path);
    }

    /** Where values without a line of their own come from, when there is a file. */
    static Origins.Origin origin(Path file, Path workingDirectory) {
        return new Origins.Origin(file.toString(), workingDirectory.resolve(file).getParent(), 0);
    }

    private ObjectNode read(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML
                : name.endsWith(".json") ? JSON
                : null;
        if (mapper == null) {
            throw new ConfigException(label + ": expected a file named *.yaml, *.yml or *.json");
        }
        String format = mapper == YAML ? "YAML" : "JSON";
        try (InputStream in = Files.newInputStream(path); JsonParser parser = mapper.createParser(in)) {
            if (parser.nextToken() == null) {
                return mapper.createObjectNode(); // an empty file, or only comments: all defaults
            }
            JsonNode root = read(parser, mapper, "");
            if (!root.isObject()) {
                throw new ConfigException(label + ": expected a mapping of sections (server, site, php, instances, log)");
            }
            if (parser.nextToken() != null) {
                throw new ConfigException(label + ": expected a single " + format + " document (line "
                        + parser.currentTokenLocation().getLineNr() + ")");
            }
            return (ObjectNode) root;
        } catch (StreamReadException e) {
            // SnakeYAML's messages quote the offending lines, indented, after what went wrong
            String reason = e.getOriginalMessage().lines()
                    .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                    .collect(Collectors.joining("; "));
            throw new ConfigException(label + ": not valid " + format + ": " + reason
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
        } catch (NoSuchFileException e) {
            throw new ConfigException(label + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(label + ": cannot be read: " + e);
        }
    }

    /** Reads the value the parser is at, recording where each key in it is written. */
    private JsonNode read(JsonParser parser, ObjectMapper mapper, String key) throws IOException {
        if (parser.hasToken(JsonToken.START_OBJECT)) {
            ObjectNode object = mapper.createObjectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                String childKey = key.isEmpty() ? name : key + "." + name;
                record(childKey, parser);
                if (object.has(name)) {
                    throw origins.at(childKey, "duplicate key");
                }
                parser.nextToken();
                object.set(name, read(parser, mapper, childKey));
            }
            return object;
        } else if (parser.hasToken(JsonToken.START_ARRAY)) {
            ArrayNode array = mapper.createArrayNode();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                String childKey = key + "[" + array.size() + "]";
                record(childKey, parser);
                array.add(read(parser, mapper, childKey));
            }
            return array;
        }
        return mapper.readTree(parser);
    }

    private void record(String key, JsonParser parser) {
        origins.record(key, new Origins.Origin(label, directory, parser.currentTokenLocation().getLineNr()));
    }
}
