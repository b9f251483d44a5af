package io.phasm.server;

import io.phasm.config.CommandLine;
import io.phasm.config.ConfigException;
import io.phasm.config.ConfigLoader;
import io.phasm.config.PhasmConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The phasm command: {@code phasm [options] [DOCROOT]}. With neither a docroot nor a config
 * file it serves the built-in example site (its location comes from bin/phasm, as the system
 * property phasm.exampleSite). Stops gracefully on SIGTERM / Ctrl-C.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        PhasmConfig config;
        try {
            CommandLine commandLine = CommandLine.parse(args);
            if (commandLine.help()) {
                System.out.println(CommandLine.usage());
                return;
            }
            Map<String, String> overrides = new HashMap<>(commandLine.overrides());
            exampleSite(commandLine.configFile(), overrides);
            config = ConfigLoader.load(commandLine.configFile(), overrides, Path.of("").toAbsolutePath());
        } catch (ConfigException e) {
            System.err.println("phasm: " + e.getMessage());
            System.exit(2);
            return;
        }
        PhasmServer server;
        try {
            server = PhasmServer.start(config, System.err);
        } catch (ConfigException e) {
            System.err.println("phasm: " + e.getMessage());
            System.exit(2);
            return;
        }
        var address = server.address();
        System.err.println("Phasm serving " + config.site().docroot() + " at http://" + address.getHostString() + ":" + address.getPort() + "/");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("Phasm shutting down: finishing requests in flight");
            try {
                server.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "phasm-shutdown"));
        Thread.currentThread().join(); // the server runs on its own threads until the JVM is told to stop
    }

    private static void exampleSite(Optional<Path> configFile, Map<String, String> overrides) {
        String example = System.getProperty("phasm.exampleSite");
        if (configFile.isEmpty() && !overrides.containsKey("site.docroot") && example != null && Files.isDirectory(Path.of(example))) {
            overrides.put("site.docroot", "'" + example.replace("'", "''") + "'");
            System.err.println("No docroot given: serving the built-in example site (phasm --help for options)");
        }
    }
}
