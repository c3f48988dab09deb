package org.opensor.registry.api.console.alert;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open page's delivery line: its rows go out one after the other in the order the changes were heard, on a
 * virtual thread of their own, so that a page waiting for its audit entry or for a slow browser delays only
 * itself. Idle, it holds no thread.
 */
final class SerialDeliveries {

    private static final Logger log = LoggerFactory.getLogger(SerialDeliveries.class);
    private static final Executor THREADS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("console-alert-delivery-", 0).factory());

    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final Executor threads;

    SerialDeliveries() {
        this(THREADS);
    }

    /** @param threads where the line runs; a test passes one it controls */
    SerialDeliveries(Executor threads) {
        this.threads = threads;
    }

    void submit(Runnable delivery) {
        waiting.add(delivery);
        drainIfIdle();
    }

    private void drainIfIdle() {
        if (draining.compareAndSet(false, true)) {
            threads.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Runnable next = waiting.poll(); next != null; next = waiting.poll()) {
                try {
                    next.run();
                } catch (RuntimeException e) {
                    // One row that failed must not stop the rows after it, nor end the line.
                    log.warn(
                            "An alert row could not be delivered to a console page ({})",
                            e.getClass().getName());
                }
            }
        } finally {
            draining.set(false);
        }
        if (!waiting.isEmpty()) {
            drainIfIdle(); // a row submitted while the line was finishing
        }
    }
}
