package io.phasm.config;

import java.nio.file.Path;

/** Where the access log goes: written {@code stdout}, {@code off}, or a file path in the configuration. */
public sealed interface AccessLogTarget {

    record Stdout() implements AccessLogTarget {
    }

    record Off() implements AccessLogTarget {
    }

    /** @param path absolute; lines are appended */
    record File(Path path) implements AccessLogTarget {
    }
}
