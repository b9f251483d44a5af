package io.phasm.wasm.phpt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A native php binary, for the side-by-side pass rate. */
record NativePhp(String binary) implements PhptRunner.Php {
    @Override
    public String run(Path cwd, List<String> args, Map<String, String> env, byte[] stdin) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(binary);
        // Debian's php.ini loads the shared extensions; run-tests' -d defaults override the rest.
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(stdin);
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }
}
