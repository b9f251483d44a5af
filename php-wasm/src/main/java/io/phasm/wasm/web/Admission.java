package io.phasm.wasm.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * At most a fixed number of requests run at once; the rest wait in arrival order, each for at
 * most its deadline, and a bounded number of them: beyond that a request is refused at once
 * (the caller answers 503). Instances hold tens of megabytes, so this is the server's memory bound.
 */
final class Admission {
    private final int limit;
    private final int maxWaiting;
    private final ArrayDeque<CompletableFuture<Boolean>> waiting = new ArrayDeque<>();
    private int running;

    Admission(int limit, int maxWaiting) {
        this.limit = limit;
        this.maxWaiting = maxWaiting;
    }

    /** Completes with true once the request may run (it must then call leave), false if refused. */
    CompletableFuture<Boolean> enter(Duration deadline) {
        CompletableFuture<Boolean> turn;
        synchronized (this) {
            if (running < limit) {
                running++;
                return CompletableFuture.completedFuture(true);
            }
            if (waiting.size() >= maxWaiting) {
                return CompletableFuture.completedFuture(false);
            }
            turn = new CompletableFuture<>();
            waiting.add(turn);
        }
        turn.completeOnTimeout(false, deadline.toNanos(), TimeUnit.NANOSECONDS);
        turn.thenAccept(admitted -> {
            if (!admitted) {
                synchronized (this) {
                    waiting.remove(turn);
                }
            }
        });
        return turn;
    }

    /** A running request finished: its place goes to the longest waiting one still waiting. */
    void leave() {
        while (true) {
            CompletableFuture<Boolean> next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    running--;
                    return;
                }
            }
            // Completed outside the lock: the waiter's continuation runs here.
            if (next.complete(true)) {
                return;
            }
        }
    }

    synchronized int running() {
        return running;
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
