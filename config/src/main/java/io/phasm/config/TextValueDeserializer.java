package io.phasm.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a value written as text, or as a whole number (a duration in seconds, a size in bytes),
 * with a parsing function. The function also gets the directory relative paths resolve against: that
 * of the file or command line the value came from.
 */
final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {

    interface Parser<T> {
        /** @throws IllegalArgumentException if {@code text} is not a valid value */
        T parse(String text, Path baseDirectory);
    }

    private final transient Parser<T> parser;

    TextValueDeserializer(Class<T> type, Parser<T> parser) {
        super(type);
        this.parser = parser;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING) && !p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getText();
        Origins origins = (Origins) ctxt.getAttribute(Origins.class);
        try {
            return parser.parse(text, origins.of(keyOf(p.getParsingContext())).baseDirectory());
        } catch (IllegalArgumentException e) {
            return (T) ctxt.handleWeirdStringValue(handledType(), text, e.getMessage());
        }
    }

    /** The dotted key of the value the parser is at. */
    private static String keyOf(JsonStreamContext context) {
        StringBuilder key = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String separator = c.getParent().inRoot() ? "" : ".";
            key.insert(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : separator + c.getCurrentName());
        }
        return key.toString();
    }
}
