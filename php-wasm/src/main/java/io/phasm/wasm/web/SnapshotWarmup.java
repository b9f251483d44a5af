package io.phasm.wasm.web;

import io.phasm.wasm.imports.RequestIo;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Keeps OPcache useful although every request runs in a fresh copy of the site's snapshot:
 * without this, each copy would compile every script it runs anew and drop the result with
 * the copy. Requests report the scripts they ran; those the snapshot's OPcache lacks are
 * compiled into a new snapshot in the background (PhpSite.precompile), which instances made
 * from then on start from — as an FPM worker's OPcache fills with the scripts it serves.
 *
 * The scripts are compiled, never run, so warming has no side effects and takes no request's
 * data into the snapshot. One warm-up runs at a time, on the site's PHP threads; scripts
 * reported meanwhile make the next one. A script is tried once: one that does not compile is
 * left to the requests (which report the error as usual), and one changed after it was warmed
 * is recompiled by each request that runs it (OPcache checks timestamps) until the site starts
 * again.
 */
final class SnapshotWarmup {
    private static final System.Logger LOG = System.getLogger("phasm.opcache");

    private final PhpSite site;
    private final Executor phpThreads;
    private final Set<String> tried = new HashSet<>();
    private final Set<String> waiting = new LinkedHashSet<>();
    private boolean warming;
    private boolean stopped;

    SnapshotWarmup(PhpSite site, Executor phpThreads) {
        this.site = site;
        this.phpThreads = phpThreads;
    }

    /** Scripts a request ran; starts a warm-up if the snapshot lacks some of them. */
    void record(List<String> scripts) {
        synchronized (this) {
            for (String script : scripts) {
                if (!tried.contains(script)) {
                    waiting.add(script);
                }
            }
            if (warming || stopped || waiting.isEmpty()) {
                return;
            }
            warming = true;
        }
        phpThreads.execute(this::warm);
    }

    private void warm() {
        List<String> batch;
        synchronized (this) {
            batch = List.copyOf(waiting);
            tried.addAll(batch);
            waiting.clear();
        }
        List<String> phpLog = new ArrayList<>();
        long start = System.nanoTime();
        try {
            int cached = site.precompile(batch, new LogOnly(phpLog), phpThreads);
            LOG.log(Level.INFO, "OPcache: " + cached + " of " + batch.size() + " scripts compiled into the warm start in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms" + (phpLog.isEmpty() ? "" : "; PHP said: " + String.join(" | ", phpLog)));
        } catch (RuntimeException e) {
            // The snapshot stays as it was; requests still run, compiling what they need.
            LOG.log(Level.WARNING, "OPcache warm-up failed, no more will run: " + e.getMessage()
                    + (phpLog.isEmpty() ? "" : "; PHP said: " + String.join(" | ", phpLog)));
            synchronized (this) {
                stopped = true;
            }
        }
        synchronized (this) {
            if (stopped || waiting.isEmpty()) {
                warming = false;
                return;
            }
        }
        phpThreads.execute(this::warm);
    }

    /** The SAPI's side of a warm-up: it produces no response, only log lines. */
    private record LogOnly(List<String> lines) implements RequestIo {
        @Override
        public int writeOutput(byte[] bytes) {
            return bytes.length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void sendHeaders(int status, List<String> headerLines) {
        }

        @Override
        public byte[] readBody(int max) {
            return new byte[0];
        }

        @Override
        public void log(String message, int syslogLevel) {
            lines.add(message);
        }
    }
}
