package org.opensor.registry.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.opensor.registry.notification.config.NotificationSettings;
import org.opensor.registry.notification.subscription.Endpoint;
import org.opensor.registry.notification.subscription.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends due webhooks. Each round claims due rows (leased, so a crash leaves them to be retried), signs each body
 * with the subscription's valid secrets and a fresh timestamp, POSTs it with {@link HttpClient} (connect and
 * request timeouts), and records the outcome: 2xx delivered; anything else retried with back-off until the
 * give-up time, then dead-lettered. Requests run concurrently, bounded by {@code max-in-flight}, so one slow
 * receiver does not hold up the others.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DeliveryQueue queue;
    private final Subscriptions subscriptions;
    private final DeliveredRecorder delivered;
    private final MeterRegistry meters;
    private final Clock clock;
    private final NotificationSettings.Delivery settings;
    private final RetrySchedule retries;
    private final ReceiverRecovery recovery;
    private final Semaphore inFlight;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("webhook-nudge").daemon().factory());
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final HttpClient http;

    /** The delivery's last error when its subscription still names an http:// receiver. */
    static final String PLAINTEXT_REFUSED = "receiver URL is not https";

    WebhookDispatcher(
            DeliveryQueue queue,
            Subscriptions subscriptions,
            DeliveredRecorder delivered,
            MeterRegistry meters,
            Clock clock,
            NotificationSettings settings,
            ReceiverRecovery recovery,
            SslBundles sslBundles) {
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.delivered = delivered;
        this.meters = meters;
        this.clock = clock;
        this.settings = settings.delivery();
        this.recovery = recovery;
        this.retries = new RetrySchedule(
                this.settings.firstRetry(), this.settings.maxRetryInterval(), RandomGenerator.getDefault());
        this.inFlight = new Semaphore(this.settings.maxInFlight());
        this.http = HttpClient.newBuilder()
                .connectTimeout(this.settings.connectTimeout())
                .executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(receiversTrust(this.settings, sslBundles))
                .build();
    }

    /** Whom an https receiver must prove it is: the JVM's authorities, plus the configured bundle's when one is named. */
    private static SSLContext receiversTrust(NotificationSettings.Delivery settings, SslBundles sslBundles) {
        if (settings.trustBundle() == null || settings.trustBundle().isBlank()) {
            return ReceiversTrust.context(null);
        }
        return ReceiversTrust.context(
                sslBundles.getBundle(settings.trustBundle()).getManagers().getTrustManagers());
    }

    /**
     * Claims just-committed deliveries at once rather than at the next poll. Queued events coalesce: while a
     * nudge is pending, further ones add nothing, and the pending round claims everything committed until then.
     */
    @TransactionalEventListener
    void on(DeliveriesQueued queued) {
        if (nudged.compareAndSet(false, true)) {
            nudges.execute(() -> {
                nudged.set(false);
                dispatch();
            });
        }
    }

    /** The poll picks up what no nudge covers: retries that fall due, leases that ran out, replays. */
    @Scheduled(fixedDelayString = "${registry.notification.delivery.poll-interval}")
    synchronized void dispatch() {
        try {
            int room = Math.min(settings.batchSize(), inFlight.availablePermits());
            if (room == 0) {
                return;
            }
            List<DeliveryQueue.Claimed> due = queue.claim(room, clock.instant(), settings.lease());
            if (due.isEmpty()) {
                return;
            }
            Map<java.util.UUID, Endpoint> endpoints = subscriptions.endpoints(
                    due.stream().map(DeliveryQueue.Claimed::subscriptionId).collect(Collectors.toSet()));
            for (DeliveryQueue.Claimed delivery : due) {
                Endpoint endpoint = endpoints.get(delivery.subscriptionId());
                if (endpoint == null) {
                    // Subscription switched off: keep the row, try again later in case it is switched back on.
                    recordFailure(delivery, null, "subscription inactive");
                    continue;
                }
                if (!"https".equalsIgnoreCase(endpoint.url().getScheme())) {
                    // saved before https was required: nothing goes out in the clear until the URL is changed
                    recordFailure(delivery, null, PLAINTEXT_REFUSED);
                    continue;
                }
                inFlight.acquireUninterruptibly();
                executor.execute(() -> {
                    try {
                        send(delivery, endpoint);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Delivery round failed; due deliveries stay queued: {}", e.getMessage());
        }
    }

    private void send(DeliveryQueue.Claimed delivery, Endpoint endpoint) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(settings.requestTimeout())
                .header("content-type", "application/json")
                .header("webhook-id", delivery.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSigner.signatureHeader(
                                delivery.webhookId(), timestamp, delivery.payload(), endpoint.secrets()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                recordSuccess(delivery, endpoint, response.statusCode());
            } else {
                recovery.failed(delivery.subscriptionId());
                recordFailure(delivery, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recordFailure(delivery, null, "interrupted");
        } catch (Exception e) {
            recovery.failed(delivery.subscriptionId());
            // Exception class only: messages may echo URLs with tokens.
            recordFailure(delivery, null, e.getClass().getSimpleName());
        }
    }

    private void recordSuccess(DeliveryQueue.Claimed delivery, Endpoint endpoint, int status) {
        delivered.delivered(delivery, endpoint.agency(), status);
        meters.counter("registry.worker.webhooks", "outcome", "delivered").increment();
    }

    private void recordFailure(DeliveryQueue.Claimed delivery, Integer status, String error) {
        Instant now = clock.instant();
        Instant next = retries.next(delivery.attempt(), now, delivery.giveUpAt());
        try {
            queue.failed(delivery, status, error, next, now);
        } catch (RuntimeException e) {
            log.warn("Could not record a failed delivery; its lease will bring it back: {}", e.getMessage());
        }
        meters.counter("registry.worker.webhooks", "outcome", next == null ? "dead-lettered" : "retry")
                .increment();
        if (next == null) {
            log.warn(
                    "Delivery {} to subscription {} dead-lettered after {} attempts ({})",
                    delivery.deliveryId(),
                    delivery.subscriptionId(),
                    delivery.attempt(),
                    error);
        }
    }

    @Override
    public void destroy() {
        nudges.shutdownNow();
        executor.shutdownNow();
    }
}
