package io.phasm.wasm.web;

import java.time.Duration;

/**
 * How the pool runs requests.
 *
 * @param reuseInstances false: a fresh instance from the snapshot for every request (nothing can
 *     leak between requests); true: PHP-FPM style, an instance serves requests one after another
 * @param maxInstances requests running at once (each holds an instance)
 * @param readyInstances instances made in advance, so a request does not wait for the copy
 * @param queueTimeout how long a request may wait for a free place before it is refused
 * @param maxExecutionTime wall-clock limit of one request; zero for none
 * @param maxRequestsPerInstance with reuse, an instance is replaced after this many requests
 * @param phpThreads how many requests compute at once; each runs on a virtual thread, and one that
 *     is suspended or parked (waiting without Asyncify) does not count
 */
public record PoolSettings(boolean reuseInstances, int maxInstances, int readyInstances, Duration queueTimeout,
                           Duration maxExecutionTime, int maxRequestsPerInstance, int phpThreads) {
    public PoolSettings {
        if (maxInstances < 1 || readyInstances < 0 || readyInstances > maxInstances || maxRequestsPerInstance < 1 || phpThreads < 1) {
            throw new IllegalArgumentException("invalid pool settings: " + this);
        }
    }

    /** Requests that may wait for a place; more are refused at once rather than piling up. */
    int maxWaiting() {
        return maxInstances * 16;
    }
}
