package io.phasm.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.phasm.config.CommandLine;
import io.phasm.config.ConfigException;
import io.phasm.config.ConfigLoader;
import io.phasm.config.PhasmConfig;
import java.lang.management.ManagementFactory;
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
        System.err.println("JIT compiler: " + jitCompiler());
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

    /** Which compiler HotSpot's top tier is: PHP's throughput depends on it (bin/java-env.sh, PHASM_JIT). */
    private static String jitCompiler() {
        return usesJvmciCompiler()
                ? "Graal (PHASM_JIT=graal)"
                : "C2 (PHASM_JIT=c2; PHP's largest functions stay in the JVM's interpreter: see README)";
    }

    private static boolean usesJvmciCompiler() {
        try {
            var diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Boolean.parseBoolean(diagnostics.getVMOption("UseJVMCICompiler").getValue());
        } catch (IllegalArgumentException notEnabled) { // the option exists only with -XX:+EnableJVMCI
            return false;
        }
    }

    private static void exampleSite(Optional<Path> configFile, Map<String, String> overrides) {
        String example = System.getProperty("phasm.exampleSite");
        if (configFile.isEmpty() && !overrides.containsKey("site.docroot") && example != null && Files.isDirectory(Path.of(example))) {
            overrides.put("site.docroot", "'" + example.replace("'", "''") + "'");
            System.err.println("No docroot given: serving the built-in example site (phasm --help for options)");
        }
    }
}
