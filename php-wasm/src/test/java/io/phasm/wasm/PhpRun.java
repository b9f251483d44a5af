package io.phasm.wasm;

import io.phasm.wasm.instance.PhpFailure;
import io.phasm.wasm.instance.PhpInstance;
import io.phasm.wasm.instance.PhpProcess;
import io.phasm.wasm.vfs.HostMount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Runs PHP's command line in a fresh real PHP.wasm instance, capturing what it prints. */
public final class PhpRun {
    /** Threads with the large stack compiled wasm recursion needs. */
    public static final ExecutorService PHP_THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "php-test", 1L << 30);
        t.setDaemon(true);
        return t;
    });

    /** What a run produced. failure is set when PHP could not finish (trap, abort...). */
    public record Result(int exitCode, String stdout, String stderr, long suspensions, long fallbacks, PhpFailure failure) {}

    private final List<HostMount> mounts = new ArrayList<>();
    private String workingDirectory = "/";
    private byte[] stdin = new byte[0];
    private io.phasm.wasm.fd.FileLocks locks = new io.phasm.wasm.fd.FileLocks();
    private io.phasm.network.NetworkBridge network;

    public static PhpRun php() {
        return new PhpRun();
    }

    /** Mounts dir read-write at the same path and makes it the working directory. */
    public PhpRun in(Path dir) {
        mounts.add(new HostMount(dir, dir.toString(), false));
        workingDirectory = dir.toString();
        return this;
    }

    public PhpRun mount(HostMount mount) {
        mounts.add(mount);
        return this;
    }

    /** Shares a lock table with other runs, as the instances of one server do. */
    public PhpRun locks(io.phasm.wasm.fd.FileLocks shared) {
        this.locks = shared;
        return this;
    }

    /** Lets PHP reach the network through bridge (none by default: sockets fail). */
    public PhpRun network(io.phasm.network.NetworkBridge bridge) {
        this.network = bridge;
        return this;
    }

    public PhpRun stdin(String input) {
        this.stdin = input.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** php -r code. */
    public Result code(String code) {
        return args("-r", code);
    }

    public Result args(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PhpProcess.Builder builder = PhpProcess.builder()
                .stdio(new ByteArrayInputStream(stdin), out, err)
                .workingDirectory(workingDirectory)
                .locks(locks);
        mounts.forEach(builder::mount);
        if (network != null) {
            builder.network(network);
        }
        List<String> argv = new ArrayList<>();
        argv.add("php");
        argv.addAll(List.of(args));
        PhpInstance[] instance = new PhpInstance[1];
        try {
            int code = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> instance[0] = new PhpInstance(builder.build()), PHP_THREADS)
                    .thenCompose(i -> i.runCommandLine(argv, PHP_THREADS))
                    .get(120, TimeUnit.SECONDS);
            return new Result(code, text(out), text(err), instance[0].asyncify().suspensions(), instance[0].asyncify().fallbacks(), null);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
            if (cause instanceof PhpFailure failure) {
                return new Result(failure.exitCode(), text(out), text(err), 0, 0, failure);
            }
            throw new AssertionError("PHP run failed unexpectedly", cause);
        } catch (Exception e) {
            throw new AssertionError("PHP run did not finish", e);
        }
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
