package org.opensor.registry.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records successful deliveries in batches, one transaction for all that arrived meanwhile. One transaction per
 * webhook made every success wait for a pooled connection and a commit of its own, and at a few hundred a second
 * those transactions crowded out the intake. A success not yet recorded when the worker dies is only a lease
 * that runs out: the webhook is sent again, same webhook-id, same body, which receivers drop as a duplicate.
 */
@Component
class DeliveredRecorder implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveredRecorder.class);
    private static final int MAX_BATCH = 500;

    private record Success(DeliveryQueue.Claimed delivery, String agency, int status, Instant at) {}

    private final DeliveryQueue queue;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReceiverRecovery recovery;
    private final BlockingQueue<Success> successes = new LinkedBlockingQueue<>();
    private final Thread recorder;

    DeliveredRecorder(
            DeliveryQueue queue,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock,
            ReceiverRecovery recovery) {
        this.queue = queue;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.recovery = recovery;
        this.recorder =
                Thread.ofPlatform().name("webhook-delivered-recorder").daemon().start(this::run);
    }

    void delivered(DeliveryQueue.Claimed delivery, String agency, int status) {
        successes.add(new Success(delivery, agency, status, clock.instant()));
    }

    private void run() {
        List<Success> batch = new ArrayList<>(MAX_BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            try {
                batch.add(successes.take());
                successes.drainTo(batch, MAX_BATCH - 1);
                record(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn(
                        "Could not record {} delivered webhooks; their leases will bring them back: {}",
                        batch.size(),
                        e.getMessage());
            } finally {
                batch.clear();
            }
        }
    }

    private void record(List<Success> batch) {
        transactions.executeWithoutResult(tx -> {
            for (Success success : batch) {
                DeliveryQueue.Claimed delivery = success.delivery();
                if (queue.succeeded(delivery, success.status(), success.at())) {
                    events.publishEvent(new Delivered(
                            delivery.alertId(),
                            delivery.subscriptionId(),
                            success.agency(),
                            delivery.webhookId(),
                            delivery.purpose(),
                            delivery.attempt(),
                            success.at()));
                    if (recovery.recovered(delivery)) {
                        queue.bringForwardRetries(delivery.subscriptionId(), success.at());
                    }
                }
            }
        });
    }

    @Override
    public void destroy() {
        recorder.interrupt();
    }
}
