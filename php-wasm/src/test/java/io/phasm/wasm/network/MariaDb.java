package io.phasm.wasm.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private MariaDB server for tests: its own data directory and loopback port, a database
 * "phasm" and a user phasm/secret. Needs Debian's mariadb-server (bin/install-test-services,
 * run by bin/test); the system's own MariaDB service is neither needed nor touched.
 */
public final class MariaDb implements AutoCloseable {
    public static final String USER = "phasm", PASSWORD = "secret", DATABASE = "phasm";

    private final Process server;
    public final int port;

    private MariaDb(Process server, int port) {
        this.server = server;
        this.port = port;
    }

    public static MariaDb start(Path dir) throws IOException, InterruptedException {
        Path data = Files.createDirectories(dir.resolve("data"));
        run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + data, "--user=" + System.getProperty("user.name"),
                "--auth-root-authentication-method=socket", "--skip-test-db"), dir.resolve("install.log"));
        Path init = Files.writeString(dir.resolve("init.sql"), "CREATE DATABASE IF NOT EXISTS " + DATABASE + ";\n"
                + "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "';\n"
                + "GRANT ALL ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';\n");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process server = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + data, "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mysqld.sock"), "--pid-file=" + dir.resolve("mysqld.pid"),
                "--user=" + System.getProperty("user.name"), "--init-file=" + init, "--skip-log-bin", "--innodb-buffer-pool-size=16M")
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        MariaDb db = new MariaDb(server, port);
        // Listening is not enough: the server reports when it has run the init file and is ready.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path log = dir.resolve("server.log");
        while (!(Files.exists(log) && Files.readString(log).contains("ready for connections"))) {
            if (!server.isAlive() || System.nanoTime() > deadline) {
                db.close();
                throw new IOException("MariaDB did not start; its log: " + (Files.exists(log) ? Files.readString(log) : "(none)"));
            }
            Thread.sleep(100);
        }
        return db;
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(command.getFirst() + " failed: " + Files.readString(log));
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(30, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
