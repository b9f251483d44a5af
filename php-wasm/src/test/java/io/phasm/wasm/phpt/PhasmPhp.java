package io.phasm.wasm.phpt;

import io.phasm.wasm.PhpRun;
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

/** Phasm's php command, in this JVM: each run is a fresh instance with the test directory mounted. */
final class PhasmPhp implements PhptRunner.Php {
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
        try {
            CompletableFuture.supplyAsync(() -> new PhpInstance(process), PhpRun.PHP_THREADS)
                    .thenCompose(i -> i.runCommandLine(argv, PhpRun.PHP_THREADS))
                    .get(60, TimeUnit.SECONDS);
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
