package org.opensor.registry.notification.delivery.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.UUID;
import org.opensor.registry.notification.adminapi.DeadLetter;
import org.opensor.registry.notification.adminapi.DeadLetterPage;
import org.opensor.registry.notification.adminapi.ReplayAccepted;
import org.opensor.registry.notification.config.NotificationSettings;
import org.opensor.registry.notification.delivery.DeliveryQueue;
import org.opensor.registry.notification.web.ProblemHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deliveries that gave up after retrying for a day or more; the administrator inspects and replays them. */
@RestController
@Validated
@RequestMapping("/api/v1/deliveries/dead-letters")
class DeadLetterController {

    private final DeliveryQueue queue;
    private final NotificationSettings settings;
    private final Clock clock;

    DeadLetterController(DeliveryQueue queue, NotificationSettings settings, Clock clock) {
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping
    DeadLetterPage list(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new DeadLetterPage(
                queue.deadLetters(page, size).stream()
                        .map(DeadLetterController::view)
                        .toList(),
                page,
                size,
                queue.deadLetterCount());
    }

    /** Sends it again, at once, with the same webhook-id and body, and retries it again for the full period. */
    @PostMapping("/{deliveryId}/replay")
    ResponseEntity<ReplayAccepted> replay(@PathVariable UUID deliveryId) {
        if (!queue.replay(deliveryId, clock.instant(), settings.delivery().retryFor())) {
            throw new ProblemHandler.NotFound("No dead letter " + deliveryId);
        }
        return ResponseEntity.accepted().body(new ReplayAccepted(deliveryId, "PENDING"));
    }

    private static DeadLetter view(DeliveryQueue.DeadLetter d) {
        return new DeadLetter(
                d.deliveryId(),
                d.webhookId(),
                d.alertId(),
                d.subscriptionId(),
                d.purpose().name(),
                d.attempts(),
                d.lastStatus(),
                d.lastError(),
                d.createdAt(),
                d.deadAt());
    }
}
