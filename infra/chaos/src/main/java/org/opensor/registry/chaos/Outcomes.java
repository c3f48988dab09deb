package org.opensor.registry.chaos;

import java.util.concurrent.atomic.LongAdder;

/** What the clients saw in one window of the load: answers, refusals the API may give in a fault, and failures. */
final class Outcomes {

    final LongAdder answered = new LongAdder();
    /** 503 with Retry-After: allowed while a store is away. */
    final LongAdder unavailable = new LongAdder();
    /** Any other 5xx: never allowed. */
    final LongAdder serverErrors = new LongAdder();
    /** No answer at all: the connection failed or timed out. */
    final LongAdder noAnswer = new LongAdder();

    void count(RegistryClient.Reply reply) {
        if (reply.status() == -1) {
            noAnswer.increment();
        } else if (reply.status() == 503) {
            unavailable.increment();
        } else if (reply.status() >= 500) {
            serverErrors.increment();
        } else {
            answered.increment();
        }
    }

    long total() {
        return answered.sum() + unavailable.sum() + serverErrors.sum() + noAnswer.sum();
    }
}
