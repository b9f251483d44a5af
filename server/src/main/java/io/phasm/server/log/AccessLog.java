package io.phasm.server.log;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * One line per request in the Common Log Format, written by a thread of its own so that event
 * loops and PHP threads never wait for the disk. Lines are flushed whenever the queue runs dry.
 */
public final class AccessLog implements AutoCloseable {
    private static final DateTimeFormatter CLF_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final Writer out;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "phasm-access-log");
        t.setDaemon(true);
        return t;
    });
    private int queued;

    private AccessLog(Writer out) {
        this.out = out;
    }

    public static AccessLog toStdout() {
        return new AccessLog(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    }

    public static AccessLog toFile(Path file) throws IOException {
        return new AccessLog(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    /** Logs nothing: for access: off. */
    public static AccessLog off() {
        return new AccessLog(Writer.nullWriter());
    }

    /** host ident authuser [date] "request line" status bytes */
    public void record(InetSocketAddress client, String requestLine, int status, long bytes) {
        String line = client.getAddress().getHostAddress() + " - - [" + ZonedDateTime.now().format(CLF_TIME) + "] \""
                + requestLine.replace("\"", "\\\"") + "\" " + status + " " + (bytes > 0 ? Long.toString(bytes) : "-") + "\n";
        synchronized (this) {
            queued++;
        }
        writer.execute(() -> write(line));
    }

    private void write(String line) {
        try {
            out.write(line);
            boolean last;
            synchronized (this) {
                last = --queued == 0;
            }
            if (last) {
                out.flush();
            }
        } catch (IOException e) {
            System.err.println("access log write failed: " + e);
        }
    }

    /** Writes what is queued and closes the log. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
            out.flush();
        } catch (InterruptedException | IOException e) {
            Thread.currentThread().interrupt();
        }
    }
}
