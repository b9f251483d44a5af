package io.phasm.wasm.cli;

import io.phasm.wasm.instance.PhpFailure;
import io.phasm.wasm.instance.PhpInstance;
import io.phasm.network.NetworkBridge;
import io.phasm.network.RequestLimits;
import io.phasm.network.policy.NetworkPolicy;
import io.phasm.network.policy.Rule;
import io.phasm.wasm.instance.HostCertificates;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.vfs.HostMount;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The php command: PHP's own CLI, running in PHP.wasm. Arguments are passed to PHP unchanged.
 *
 * PHP sees the host's current directory (read-write, at its own path, as the working
 * directory) and the directories listed in PHASM_MOUNTS ("host[:guest][:ro]", comma-separated);
 * nothing else of the host file system.
 */
public final class PhpCommand {
    /** Compiled wasm recursion is deep Java recursion: give PHP's thread a large stack. */
    private static final long PHP_THREAD_STACK = 1L << 30;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
        FileOutputStream stderr = new FileOutputStream(FileDescriptor.err);
        PhpProcess.Builder process = PhpProcess.builder()
                .stdio(new FileInputStream(FileDescriptor.in), stdout, stderr)
                .environment(System.getenv());
        try {
            Path cwd = Path.of("").toAbsolutePath();
            if (!cwd.toString().equals("/")) {
                process.mount(new HostMount(cwd, cwd.toString(), false)).workingDirectory(cwd.toString());
            }
            for (HostMount mount : mounts(System.getenv().getOrDefault("PHASM_MOUNTS", ""))) {
                process.mount(mount);
            }
            process.network(network(System.getenv().getOrDefault("PHASM_NETWORK_ALLOW", "")));
            HostCertificates.mount().ifPresent(process::mount);
        } catch (IllegalArgumentException e) {
            System.err.println("php: " + e.getMessage());
            return 1;
        }
        List<String> argv = new ArrayList<>();
        argv.add("php");
        if (HostCertificates.mount().isPresent()) {
            argv.addAll(List.of("-d", "openssl.cafile=" + HostCertificates.BUNDLE)); // a later -d of the user's wins
        }
        argv.addAll(List.of(args));
        ExecutorService php = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "php", PHP_THREAD_STACK);
            t.setDaemon(true);
            return t;
        });
        try {
            return CompletableFuture.supplyAsync(() -> new PhpInstance(process.build()), php)
                    .thenCompose(instance -> instance.runCommandLine(argv, php))
                    .join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PhpFailure failure) {
                System.err.println("php: " + failure.getMessage());
                return failure.exitCode();
            }
            System.err.println("php: internal error: " + cause);
            if (Boolean.getBoolean("phasm.debug")) {
                cause.printStackTrace();
            }
            return 70;
        } finally {
            php.shutdownNow();
        }
    }

    /**
     * The public internet (composer, HTTP APIs), plus the destinations PHASM_NETWORK_ALLOW lists
     * (comma-separated, e.g. 127.0.0.1:3306); refused connections are reported on stderr.
     */
    static NetworkBridge network(String allow) {
        List<Rule> rules = new ArrayList<>();
        for (String entry : allow.split(",")) {
            if (!entry.isBlank()) {
                rules.add(Rule.allow(entry.trim()));
            }
        }
        // No per-request limits: a command line is not a web request (composer opens hundreds of connections).
        return new NetworkBridge(new NetworkPolicy(List.of(), rules), List.of(), RequestLimits.NONE, message -> System.err.println("php: " + message));
    }

    /** Parses PHASM_MOUNTS entries: host path, optional guest path (default: the same), optional ":ro". */
    static List<HostMount> mounts(String spec) {
        List<HostMount> mounts = new ArrayList<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            List<String> parts = new ArrayList<>(List.of(entry.trim().split(":")));
            boolean readOnly = parts.size() > 1 && parts.getLast().equals("ro");
            if (readOnly || (parts.size() > 1 && parts.getLast().equals("rw"))) {
                parts.removeLast();
            }
            if (parts.isEmpty() || parts.size() > 2) {
                throw new IllegalArgumentException("bad PHASM_MOUNTS entry '" + entry + "': expected host[:guest][:ro]");
            }
            Path host = Path.of(parts.getFirst()).toAbsolutePath().normalize();
            if (!Files.isDirectory(host)) {
                throw new IllegalArgumentException("PHASM_MOUNTS: " + host + " is not a directory");
            }
            mounts.add(new HostMount(host, parts.size() == 2 ? parts.get(1) : host.toString(), readOnly));
        }
        return mounts;
    }

    private PhpCommand() {}
}
