package io.phasm.server.statics;

import java.util.Optional;

/**
 * One byte range of a Range header (RFC 9110 14.1.2), resolved against the file size.
 * Several ranges are answered with the whole file, which the RFC allows.
 */
record ByteRange(long first, long last, boolean unsatisfiable) {

    long length() {
        return last - first + 1;
    }

    /** Empty when there is no usable single range (absent, malformed, several, not bytes). */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
            return Optional.empty();
        }
        String spec = header.substring("bytes=".length()).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        try {
            String from = spec.substring(0, dash).trim(), to = spec.substring(dash + 1).trim();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to); // the last n bytes
                if (suffix <= 0 || size == 0) {
                    return Optional.of(new ByteRange(0, 0, true));
                }
                return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1, false));
            }
            long first = Long.parseLong(from);
            long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            if (first < 0 || (!to.isEmpty() && Long.parseLong(to) < first)) {
                return Optional.empty(); // syntactically invalid: ignore the header
            }
            return Optional.of(first >= size ? new ByteRange(0, 0, true) : new ByteRange(first, last, false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
