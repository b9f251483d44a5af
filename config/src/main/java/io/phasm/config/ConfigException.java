package io.phasm.config;

/**
 * A configuration the server cannot start with. The message is for the user as it is, naming where
 * the value came from, its dotted key and what was expected; a stack trace would add nothing.
 */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
