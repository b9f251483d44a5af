package io.phasm.wasm.phpt;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Phasm's php command, in this JVM: each run is a fresh instance with the test directory mounted. */
final class PhasmPhp implements PhptRunner.Php {
    private static final int TIMEOUT_SECONDS = 30;

    @Override
    public String run(Path cwd, List<String> args, Map<String, String> env, byte[] stdin) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PhpProcess process = PhpProcess.builder()
                .stdio(new ByteArrayInputStream(stdin), out, out)
                .environment(env)
                .mount(new HostMount(cwd, cwd.toString(), false))
                .workingDirectory(cwd.toString())
                .build();
        List<String> argv = new ArrayList<>();
        argv.add("php");
        argv.addAll(args);
        // One thread per test, so a runaway test can be interrupted (compiled wasm checks the flag).
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try {
                exit.complete(new PhpInstance(process).runCommandLine(argv, Runnable::run).join());
            } catch (Throwable t) {
                exit.completeExceptionally(t instanceof java.util.concurrent.CompletionException c ? c.getCause() : t);
            }
        }, "phpt", 1L << 30);
        thread.start();
        try {
            exit.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            thread.join(10_000);
            out.write(("\n[phasm] timed out after " + TIMEOUT_SECONDS + " s").getBytes(StandardCharsets.UTF_8));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PhpFailure failure) {
                out.write(("\n[phasm] " + failure.getMessage()).getBytes(StandardCharsets.UTF_8));
            } else {
                throw e;
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
