package io.phasm.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Binds the merged tree to {@link PhasmConfig}, turning Jackson's complaints into {@link ConfigException}s. */
final class ConfigBinder {
    private static final ObjectReader READER = mapper().readerFor(PhasmConfig.class);

    private ConfigBinder() {
    }

    private static ObjectMapper mapper() {
        SimpleModule types = new SimpleModule("phasm-config")
                .addDeserializer(Duration.class, new TextValueDeserializer<>(Duration.class,
                        (text, base) -> Durations.parse(text)))
                .addDeserializer(DataSize.class, new TextValueDeserializer<>(DataSize.class,
                        (text, base) -> DataSize.parse(text)))
                .addDeserializer(InstanceMode.class, new TextValueDeserializer<>(InstanceMode.class,
                        (text, base) -> ConfigNamed.fromConfigName(InstanceMode.class, text)))
                .addDeserializer(InstanceMemory.class, new TextValueDeserializer<>(InstanceMemory.class,
                        (text, base) -> ConfigNamed.fromConfigName(InstanceMemory.class, text)))
                .addDeserializer(Path.class, new TextValueDeserializer<>(Path.class, ConfigBinder::path))
                .addDeserializer(AccessLogTarget.class, new TextValueDeserializer<>(AccessLogTarget.class,
                        ConfigBinder::accessLog));
        return JsonMapper.builder()
                .addModule(types)
                // every key has a value by now (defaults are merged in): a null was written, and is a
                // mistake; so is a key left out where there is no default (a mount's host)
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
                // 1.5 instances is a mistake, not 1
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // index: index.php
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .build();
    }

    private static Path path(String text, Path baseDirectory) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("empty path");
        }
        return baseDirectory.resolve(text).normalize();
    }

    private static AccessLogTarget accessLog(String text, Path baseDirectory) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "stdout" -> new AccessLogTarget.Stdout();
            case "off" -> new AccessLogTarget.Off();
            default -> new AccessLogTarget.File(path(text, baseDirectory));
        };
    }

    static PhasmConfig bind(JsonNode tree, Origins origins) {
        try {
            return READER.withAttribute(Origins.class, origins).readValue(tree);
        } catch (UnrecognizedPropertyException e) {
            throw origins.unknownKey(keyOf(e.getPath()), knownKeys(e));
        } catch (JsonMappingException e) {
            String key = keyOf(e.getPath());
            throw origins.problem(key, Expectations.of(key), describe(nodeAt(tree, e.getPath())));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a tree in memory", e);
        }
    }

    /** In the order the documentation gives them, which is that of the records. */
    private static List<String> knownKeys(UnrecognizedPropertyException e) {
        return Arrays.stream(e.getReferringClass().getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static String keyOf(List<JsonMappingException.Reference> path) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() == null) {
                key.append('[').append(reference.getIndex()).append(']');
            } else {
                key.append(key.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return key.toString();
    }

    private static JsonNode nodeAt(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode node = tree;
        for (JsonMappingException.Reference reference : path) {
            String name = reference.getFieldName();
            node = name == null ? node.path(reference.getIndex()) : node.path(name);
        }
        return node;
    }

    /** A value as the user wrote it: {@code "many"}, {@code 12}, or what it is when it is no scalar. */
    private static String describe(JsonNode node) {
        if (node.isMissingNode()) {
            return "nothing";
        } else if (node.isArray()) {
            return "a list";
        } else if (node.isObject()) {
            return "a mapping";
        }
        return node.toString();
    }
}
