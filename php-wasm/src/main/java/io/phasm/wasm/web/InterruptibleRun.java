package io.phasm.wasm.web;

import java.util.concurrent.Executor;

/**
 * Where one request's PHP runs: every step (the start and each resumption after a suspension)
 * goes to the PHP threads through this executor, which knows the thread running the instance
 * at any moment, so the request can be stopped whether it is computing or suspended.
 */
final class InterruptibleRun implements Executor {
    private final Executor threads;
    private Thread running;
    private boolean stopped;

    InterruptibleRun(Executor threads) {
        this.threads = threads;
    }

    @Override
    public void execute(Runnable step) {
        threads.execute(() -> {
            synchronized (this) {
                if (stopped) {
                    return; // a resumption after the stop: the instance is abandoned
                }
                running = Thread.currentThread();
            }
            try {
                step.run();
            } finally {
                synchronized (this) {
                    running = null;
                    // An interrupt meant for this step must not reach the pool thread's next task.
                    Thread.interrupted();
                }
            }
        });
    }

    /**
     * Stops the run: a running step is interrupted (compiled wasm checks the flag and throws);
     * a suspended one is never resumed. Returns whether a step was running.
     */
    synchronized boolean stop() {
        stopped = true;
        if (running != null) {
            running.interrupt();
            return true;
        }
        return false;
    }
}
