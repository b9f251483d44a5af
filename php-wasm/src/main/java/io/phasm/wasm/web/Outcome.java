package io.phasm.wasm.web;

import io.phasm.wasm.instance.PhpFailure;
import java.time.Duration;

/** How a request handed to the pool ended. */
public sealed interface Outcome {

    /** PHP ran the request to its end (exitStatus 255 after a fatal error, as FPM reports it). */
    record Finished(int exitStatus) implements Outcome {}

    /** No instance became free within the queue deadline, or the queue was full. */
    record Rejected(Duration retryAfter) implements Outcome {}

    /** The request ran past its time limit and was stopped; its instance was discarded. */
    record TimedOut(Duration limit) implements Outcome {}

    /** PHP crashed (trap, abort) or the host failed; the instance was discarded. */
    record Failed(PhpFailure failure) implements Outcome {}
}
