package io.phasm.asyncify.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the corpus (asyncify-list/corpus/*.php) with the repository's php command against real
 * servers, recording the wasm call stack at every call of an async import into a trace file
 * (-Dphasm.asyncify.trace): the functions that must be instrumented.
 */
final class Corpus {
    private static final Pattern TOTALS = Pattern.compile("phasm asyncify totals: (\\d+) unwinds, (\\d+) rewinds, (\\d+) blocking fallbacks");
    private static final Pattern GAP = Pattern.compile("not instrumented for Asyncify: ([^.]+)\\.");

    /** How one script ran: passed means it exited 0 and printed OK last. */
    record ScriptResult(String script, boolean passed, String output, long unwinds, long rewinds, long fallbacks,
                        List<String> uninstrumented) {}

    private Corpus() {}

    static List<ScriptResult> run(Path home, Path traceFile, Path workDir) throws Exception {
        Path corpus = home.resolve("asyncify-list/corpus");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(corpus)) {
            scripts = files.filter(p -> p.toString().endsWith(".php")).sorted().toList();
        }
        List<ScriptResult> results = new ArrayList<>();
        try (CorpusServers servers = CorpusServers.start(workDir)) {
            // As web requests first: bin/phasm's build also refreshes what bin/php runs.
            results.addAll(WebRun.run(home, corpus, scripts, servers, traceFile, workDir));
            for (Path script : scripts) {
                results.add(runScript(home, script, servers, traceFile, workDir, List.of(script.getFileName().toString())));
            }
            // php -r runs code from the command line (eval frames below the script): the frames
            // below a wait are the same for every script, so one such run covers them.
            Path first = scripts.getFirst();
            results.add(runScript(home, first, servers, traceFile, workDir, List.of("-r", "require '" + first.getFileName() + "';")));
        }
        return results;
    }

    /** The JVM options that make a php or phasm process record stacks and print its suspension totals. */
    static String tracingOptions(Path traceFile) {
        return "-Dphasm.asyncify.trace=" + traceFile + " -Dphasm.asyncify.report=true";
    }

    /** Reads the totals line and the logged gaps from a process's stderr into a result. */
    static ScriptResult result(String name, boolean passed, String output, String stderr) {
        long unwinds = 0, rewinds = 0, fallbacks = 0;
        Matcher totals = TOTALS.matcher(stderr);
        if (totals.find()) {
            unwinds = Long.parseLong(totals.group(1));
            rewinds = Long.parseLong(totals.group(2));
            fallbacks = Long.parseLong(totals.group(3));
        }
        List<String> gaps = new ArrayList<>();
        Matcher gap = GAP.matcher(stderr);
        while (gap.find()) {
            for (String function : gap.group(1).split(", ")) {
                if (!gaps.contains(function)) {
                    gaps.add(function);
                }
            }
        }
        return new ScriptResult(name, passed, output, unwinds, rewinds, fallbacks, gaps);
    }

    private static ScriptResult runScript(Path home, Path script, CorpusServers servers, Path traceFile, Path workDir,
                                          List<String> phpArguments) throws IOException, InterruptedException {
        String name = phpArguments.size() == 1 ? phpArguments.getFirst() : script.getFileName() + " (php -r)";
        Path stdout = workDir.resolve(name + ".out"), stderr = workDir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/php").toString(),
                "-d", "openssl.cafile=/corpus-ca/" + servers.caFile().getFileName()));
        command.addAll(phpArguments);
        ProcessBuilder php = new ProcessBuilder(command)
                .directory(script.getParent().toFile())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        Map<String, String> env = php.environment();
        env.putAll(servers.environment());
        env.put("PHASM_NETWORK_ALLOW", servers.destinations());
        env.put("PHASM_MOUNTS", servers.caFile().getParent() + ":/corpus-ca:ro");
        env.put("JAVA_TOOL_OPTIONS", tracingOptions(traceFile));
        Process process = php.start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        boolean passed = ended && process.exitValue() == 0 && out.strip().endsWith("OK");
        return result(name, passed, passed ? out.strip() : "exit " + (ended ? process.exitValue() : "timeout") + "\n" + out + err, err);
    }
}
