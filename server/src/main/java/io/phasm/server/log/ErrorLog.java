package io.phasm.server.log;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** The server's error log: PHP's error_log output and what went wrong with requests, on stderr. */
public final class ErrorLog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private final PrintStream out;

    public ErrorLog(PrintStream out) {
        this.out = out;
    }

    /** A line from PHP (or about a PHP request), tagged with the request it belongs to. */
    public void php(String request, String message) {
        line("php", request + ": " + message);
    }

    public void server(String message) {
        line("server", message);
    }

    private void line(String source, String message) {
        out.println(OffsetDateTime.now().format(TIME) + " [" + source + "] " + message.stripTrailing());
    }
}
