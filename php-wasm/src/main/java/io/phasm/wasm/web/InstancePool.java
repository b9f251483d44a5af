package io.phasm.wasm.web;

import io.phasm.wasm.asyncify.RunningPermits;
import io.phasm.wasm.imports.RequestIo;
import io.phasm.wasm.instance.PhpFailure;
import io.phasm.wasm.instance.PhpInstance;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a site's web requests on PHP instances: admits a bounded number at once (the rest wait,
 * then are refused), hands each an instance (a ready copy of the warm snapshot, or in reuse mode
 * an idle one), runs PHP on virtual threads (a few computing at once), never on the caller's, and stops a request
 * at its time limit. An instance that failed or was stopped is never used again; in per-request
 * mode one that finished is reset to the snapshot before it serves again. The scripts finished
 * requests ran go to the site's OPcache warm-up (SnapshotWarmup).
 */
public final class InstancePool implements AutoCloseable {
    /**
     * Compiled PHP recurses deeply; stack is reserved, not committed, until used. (Virtual
     * threads, which run the requests, take their maximum stack from -Xss: bin/phasm sets it.)
     */
    private static final long PHP_THREAD_STACK = 256L * 1024 * 1024;
    private static final long RECYCLE_WAIT_MILLIS = 20;

    private final PhpSite site;
    private final PoolSettings settings;
    private final Admission admission;
    /** Starts each PHP step on a virtual thread that computes only while holding a running permit. */
    private final Executor phpThreads;
    private final SnapshotWarmup warmup;
    private final ExecutorService preparer;
    private final ScheduledExecutorService deadlines;
    private final LinkedBlockingQueue<PhpInstance> ready = new LinkedBlockingQueue<>();
    private final AtomicInteger preparing = new AtomicInteger();
    private final AtomicInteger recycling = new AtomicInteger();
    private final ArrayDeque<ReusableInstance> idle = new ArrayDeque<>();
    private final AtomicLong created = new AtomicLong(), served = new AtomicLong(), rejected = new AtomicLong(), timedOut = new AtomicLong(), failed = new AtomicLong();
    private volatile boolean closed;

    /** With reuse, an instance and how many requests it has served. */
    private record ReusableInstance(PhpInstance php, int requests) {}

    /** Counters for the health endpoint. */
    public record Stats(int running, int waiting, int ready, long created, long served, long rejected, long timedOut, long failed) {}

    public InstancePool(PhpSite site, PoolSettings settings) {
        this.site = site;
        this.settings = settings;
        this.admission = new Admission(settings.maxInstances(), settings.maxWaiting());
        Semaphore running = new Semaphore(settings.phpThreads(), true);
        ThreadFactory virtual = Thread.ofVirtual().name("phasm-php-", 1).factory();
        this.phpThreads = task -> virtual.newThread(() -> RunningPermits.run(running, task)).start();
        this.warmup = new SnapshotWarmup(site, phpThreads);
        this.preparer = Executors.newSingleThreadExecutor(threads("phasm-prepare-", PHP_THREAD_STACK, Thread.MIN_PRIORITY));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, threads("phasm-deadline-", 0, Thread.MAX_PRIORITY));
        timer.setRemoveOnCancelPolicy(true); // finished requests must not keep their instance alive until the deadline
        this.deadlines = timer;
        if (!settings.reuseInstances()) {
            topUpReady();
        }
    }

    /**
     * Runs one request: params become $_SERVER, io carries body and response. Never throws;
     * the outcome says how it ended. io is not used after the outcome completes, except by a
     * stopped request that is still unwinding (io should ignore late calls).
     */
    public CompletableFuture<Outcome> serve(Map<String, String> params, RequestIo io) {
        if (closed) {
            return CompletableFuture.completedFuture(new Outcome.Rejected(settings.queueTimeout()));
        }
        return admission.enter(settings.queueTimeout()).thenCompose(admitted -> {
            if (!admitted) {
                CompletableFuture<Outcome> refused = new CompletableFuture<>();
                finish(refused, new Outcome.Rejected(settings.queueTimeout()));
                return refused;
            }
            CompletableFuture<Outcome> outcome = run(params, io);
            outcome.whenComplete((o, e) -> admission.leave());
            return outcome;
        });
    }

    private CompletableFuture<Outcome> run(Map<String, String> params, RequestIo io) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        InterruptibleRun run = new InterruptibleRun(phpThreads);
        run.execute(() -> {
            PhpInstance php;
            ReusableInstance reused;
            try {
                reused = settings.reuseInstances() ? takeIdle() : null;
                php = reused != null ? reused.php() : takeReady();
            } catch (RuntimeException | OutOfMemoryError e) {
                finish(outcome, new Outcome.Failed(new PhpFailure("could not create a PHP instance: " + e, 70, e)));
                return;
            }
            ScheduledFuture<?> deadline = scheduleDeadline(outcome, run, php);
            int previousRequests = reused != null ? reused.requests() : 0;
            php.handleRequest(params, io, run).whenComplete((status, error) -> {
                if (deadline != null) {
                    deadline.cancel(false);
                }
                Outcome result = error == null ? new Outcome.Finished(status) : new Outcome.Failed(PhpFailure.of(error));
                if (error == null) {
                    warmup.record(php.takeScriptsCompiled(), site.snapshot().made(php));
                }
                // Announced before the outcome completes: the caller's next request then waits for
                // this instance rather than building one.
                boolean mayRecycle = error == null && !settings.reuseInstances();
                if (mayRecycle) {
                    recycling.incrementAndGet();
                }
                boolean counted = finish(outcome, result);
                if (!counted || error != null) {
                    php.process().exit(); // stopped or crashed: its state is not to be trusted
                    if (mayRecycle) {
                        recycling.decrementAndGet();
                    }
                } else if (settings.reuseInstances()) {
                    if (previousRequests + 1 < settings.maxRequestsPerInstance()) {
                        returnIdle(new ReusableInstance(php, previousRequests + 1));
                    } else {
                        php.process().exit();
                    }
                } else {
                    recycle(php);
                }
            });
        });
        return outcome;
    }

    private ScheduledFuture<?> scheduleDeadline(CompletableFuture<Outcome> outcome, InterruptibleRun run, PhpInstance php) {
        Duration limit = settings.maxExecutionTime();
        if (limit.isZero()) {
            return null;
        }
        return deadlines.schedule(() -> {
            if (finish(outcome, new Outcome.TimedOut(limit)) && !run.stop()) {
                php.process().exit(); // suspended: it will never resume, so release what it holds now
            }
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Completes the outcome once (a time limit and the end of the run race) and counts it; true if this did. */
    private boolean finish(CompletableFuture<Outcome> outcome, Outcome result) {
        if (!outcome.complete(result)) {
            return false;
        }
        switch (result) {
            case Outcome.Finished f -> served.incrementAndGet();
            case Outcome.TimedOut t -> timedOut.incrementAndGet();
            case Outcome.Failed f -> failed.incrementAndGet();
            case Outcome.Rejected r -> rejected.incrementAndGet();
        }
        return true;
    }

    /**
     * Per-request mode: a finished instance is reset to the snapshot (its memory shares the
     * snapshot's pages again, globals, a restarted process) and joins the ready ones: much cheaper
     * than building an instance. Runs on the PHP thread after the response went out; the caller
     * counted it in recycling beforehand.
     */
    private void recycle(PhpInstance php) {
        try {
            if (closed || ready.size() >= settings.readyInstances() + settings.maxInstances() || !site.snapshot().reset(php)) {
                php.process().exit();
                return;
            }
            ready.add(php);
        } finally {
            recycling.decrementAndGet();
        }
    }

    private PhpInstance takeReady() {
        PhpInstance php = null;
        while (php == null && !ready.isEmpty()) {
            php = current(ready.poll());
        }
        if (php == null && recycling.get() > 0) {
            // An instance being reset is ready in a few milliseconds: sooner than building one.
            try {
                php = current(ready.poll(RECYCLE_WAIT_MILLIS, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        topUpReady();
        return php != null ? php : newInstance();
    }

    /**
     * php if it is a copy of the site's current snapshot, else null. One made before the
     * snapshot moved on (an OPcache warm-up) is dropped: a new copy costs milliseconds,
     * compiling the scripts the new snapshot holds far more.
     */
    private PhpInstance current(PhpInstance php) {
        if (php != null && !site.snapshot().made(php)) {
            php.process().exit();
            return null;
        }
        return php;
    }

    /**
     * Keeps readyInstances copies made in advance, on a low-priority thread. Instances serving
     * requests count: they come back when their request ends, so a burst is not slowed by
     * building replacements nobody is waiting for.
     */
    private void topUpReady() {
        while (!closed && ready.size() + preparing.get() + admission.running() < settings.readyInstances()) {
            preparing.incrementAndGet();
            preparer.execute(() -> {
                try {
                    ready.add(newInstance());
                } finally {
                    preparing.decrementAndGet();
                }
            });
        }
    }

    private ReusableInstance takeIdle() {
        synchronized (idle) {
            ReusableInstance instance = idle.poll();
            if (instance != null) {
                return instance;
            }
        }
        return new ReusableInstance(newInstance(), 0);
    }

    private PhpInstance newInstance() {
        created.incrementAndGet();
        return site.newInstance();
    }

    private void returnIdle(ReusableInstance instance) {
        synchronized (idle) {
            if (!closed) {
                idle.push(instance); // most recently used first: its memory is warm
                return;
            }
        }
        instance.php().process().exit();
    }

    /** Counters of the site's OPcache warm-up. */
    public SnapshotWarmup.Stats warmupStats() {
        return warmup.stats();
    }

    public Stats stats() {
        return new Stats(admission.running(), admission.waiting(), ready.size(), created.get(), served.get(), rejected.get(), timedOut.get(), failed.get());
    }

    /** Refuses new requests and stops the threads: call once the requests in flight have ended. */
    @Override
    public void close() {
        closed = true;
        preparer.shutdownNow();
        deadlines.shutdown();
        ready.forEach(php -> php.process().exit());
        ready.clear();
        synchronized (idle) {
            idle.forEach(i -> i.php().process().exit());
            idle.clear();
        }
    }

    private static ThreadFactory threads(String prefix, long stackSize, int priority) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(null, task, prefix + count.incrementAndGet(), stackSize);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        };
    }
}
