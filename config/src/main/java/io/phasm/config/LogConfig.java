package io.phasm.config;

/** @param access where the access log goes */
public record LogConfig(AccessLogTarget access) {
}
