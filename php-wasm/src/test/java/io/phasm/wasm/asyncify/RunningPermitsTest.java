package io.phasm.wasm.asyncify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A step waiting without Asyncify parks and lets another step compute meanwhile. */
class RunningPermitsTest {
    @Test
    void aParkedWaitGivesItsPermitBack() throws Exception {
        Semaphore onlyOne = new Semaphore(1, true);
        CompletableFuture<String> answer = new CompletableFuture<>();
        CompletableFuture<String> waiter = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> RunningPermits.run(onlyOne, () -> {
            try {
                waiter.complete(RunningPermits.awaitParked(answer));
            } catch (Exception e) {
                waiter.completeExceptionally(e);
            }
        }));
        // With the single permit still held by the waiting step, this one could never run.
        Thread.ofVirtual().start(() -> RunningPermits.run(onlyOne, () -> answer.complete("from the other step")));
        assertEquals("from the other step", waiter.get(10, TimeUnit.SECONDS));
        // The first step took its permit back after the wait and returns it when it ends.
        assertTrue(onlyOne.tryAcquire(10, TimeUnit.SECONDS));
    }
}
