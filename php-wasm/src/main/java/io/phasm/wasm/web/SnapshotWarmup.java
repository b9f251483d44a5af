package io.phasm.wasm.web;

import io.phasm.wasm.imports.RequestIo;
import io.phasm.wasm.instance.WarmSnapshot;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Keeps OPcache useful although every request runs in a fresh copy of the site's snapshot:
 * without this, each copy would compile every script it runs anew and drop the result with
 * the copy. Requests report the scripts they had to compile (OPcache did not hold them, or held
 * an older version); those are compiled into a new snapshot in the background
 * (PhpSite.precompile), which instances made from then on start from — as an FPM worker's
 * OPcache fills with the scripts it serves, and takes a changed script in again.
 *
 * The scripts are compiled, never run, so warming has no side effects and takes no request's
 * data into the snapshot. One warm-up runs at a time, on the site's PHP threads; scripts
 * reported meanwhile make the next one. A script OPcache would not take (a parse error, changed
 * within opcache.file_update_protection, a full cache) is tried again only after a minute, so
 * requests that keep compiling it do not start a warm-up each.
 */
public final class SnapshotWarmup {
    private static final System.Logger LOG = System.getLogger("phasm.opcache");
    private static final long RETRY_AFTER_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final PhpSite site;
    private final Executor phpThreads;
    /** Scripts the last warm-up that tried them could not cache, and when. */
    private final Map<String, Long> notCached = new HashMap<>();
    private final Set<String> waiting = new LinkedHashSet<>();
    /** The scripts the running warm-up compiles, and the snapshot it started from. */
    private Set<String> inFlight = Set.of();
    private WarmSnapshot warmingFrom;
    private boolean warming;
    private boolean stopped;
    private int warmUps;
    private long scriptsCached;

    /** Counters for the health endpoint: warm-ups done, scripts they cached, scripts OPcache would not take (for now), and whether warming stopped after a failure. */
    public record Stats(int warmUps, long scriptsCached, int notCached, boolean stopped) {}

    SnapshotWarmup(PhpSite site, Executor phpThreads) {
        this.site = site;
        this.phpThreads = phpThreads;
    }

    /**
     * Scripts a request compiled, on an instance of the site's current snapshot or not; starts a
     * warm-up for those worth one. An instance of an older snapshot compiles what a warm-up has
     * since cached: its scripts are no news (a changed one is reported again by the instances
     * after), nor are those the running warm-up compiles, until it installs its snapshot. After
     * that, an instance of the new snapshot that still compiles one of them found it changed: news,
     * though the warm-up has not quite finished (dropped, it stayed uncached until some later
     * request happened to report it again: SnapshotWarmupTest's intermittent "no warm-up in 60 s").
     */
    void record(List<String> scripts, boolean onCurrentSnapshot) {
        if (!onCurrentSnapshot) {
            return;
        }
        long now = System.nanoTime();
        synchronized (this) {
            boolean inFlightInstalled = site.snapshot() != warmingFrom;
            for (String script : scripts) {
                Long failed = notCached.get(script);
                if ((inFlightInstalled || !inFlight.contains(script)) && (failed == null || now - failed > RETRY_AFTER_NANOS)) {
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
            inFlight = Set.copyOf(batch);
            warmingFrom = site.snapshot();
            waiting.clear();
        }
        List<String> phpLog = new ArrayList<>();
        long start = System.nanoTime();
        try {
            List<String> cached = site.precompile(batch, new LogOnly(phpLog), phpThreads);
            Set<String> cachedScripts = Set.copyOf(cached);
            List<String> left = batch.stream().filter(script -> !cachedScripts.contains(script)).toList();
            synchronized (this) {
                cached.forEach(notCached::remove);
                left.forEach(script -> notCached.put(script, start));
                warmUps++;
                scriptsCached += cached.size();
            }
            LOG.log(Level.INFO, "OPcache: " + cached.size() + " of " + batch.size() + " scripts compiled into the warm start in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms" + (left.isEmpty() ? "" : "; not cached (retried in a minute): "
                    + String.join(", ", left.subList(0, Math.min(5, left.size()))) + (left.size() > 5 ? ", ..." : ""))
                    + phpSaid(phpLog));
        } catch (RuntimeException e) {
            // The snapshot stays as it was; requests still run, compiling what they need.
            LOG.log(Level.WARNING, "OPcache warm-up failed, no more will run: " + e.getMessage() + phpSaid(phpLog));
            synchronized (this) {
                stopped = true;
            }
        }
        synchronized (this) {
            inFlight = Set.of();
            if (stopped || waiting.isEmpty()) {
                warming = false;
                return;
            }
        }
        phpThreads.execute(this::warm);
    }

    private static String phpSaid(List<String> phpLog) {
        return phpLog.isEmpty() ? "" : "; PHP said: " + String.join(" | ", phpLog);
    }

    synchronized Stats stats() {
        return new Stats(warmUps, scriptsCached, notCached.size(), stopped);
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
