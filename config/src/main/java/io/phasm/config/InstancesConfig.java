package io.phasm.config;

import java.time.Duration;

/**
 * The PHP instances that serve requests.
 *
 * @param mode a fresh instance per request, or instances reused PHP-FPM style
 * @param max instances in flight at once
 * @param ready instances kept ready in advance, at most {@code max}
 * @param queueTimeout a request waiting longer than this for an instance gets 503
 * @param maxRequestsPerInstance in reuse mode, an instance is replaced after this many requests
 * @param memory how instances keep PHP's linear memory: fastest, or smallest
 */
public record InstancesConfig(InstanceMode mode, int max, int ready, Duration queueTimeout,
                              int maxRequestsPerInstance, InstanceMemory memory) {
}
