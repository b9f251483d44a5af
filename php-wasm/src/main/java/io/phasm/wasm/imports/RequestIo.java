package io.phasm.wasm.imports;

import java.util.List;

/** Where a web request's body comes from and its response goes: the host side of the SAPI. */
public interface RequestIo {

    /** Accepts response body bytes; returns how many were taken (fewer: the client is gone). */
    int writeOutput(byte[] bytes);

    /** PHP flushed: push buffered output to the client now. */
    void flush();

    /** Status and header lines ("Name: value"), once, before the first body byte. */
    void sendHeaders(int status, List<String> headerLines);

    /** Reads up to max bytes of the request body; an empty array at its end. */
    byte[] readBody(int max);

    /** A line of PHP's error log with its syslog level. */
    void log(String message, int syslogLevel);

    /** For runs that are not web requests (the php command): any SAPI call is a bug. */
    RequestIo NONE = new RequestIo() {
        @Override
        public int writeOutput(byte[] bytes) {
            throw new IllegalStateException("no web request is running");
        }

        @Override
        public void flush() {
            throw new IllegalStateException("no web request is running");
        }

        @Override
        public void sendHeaders(int status, List<String> headerLines) {
            throw new IllegalStateException("no web request is running");
        }

        @Override
        public byte[] readBody(int max) {
            throw new IllegalStateException("no web request is running");
        }

        @Override
        public void log(String message, int syslogLevel) {
            throw new IllegalStateException("no web request is running");
        }
    };
}
