package org.opensor.registry.notification.delivery.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

    /** One page of dead letters. */
    record Page(List<DeliveryQueue.DeadLetter> items, int page, int size, long total) {
    }

    @GetMapping
    Page list(@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return new Page(queue.deadLetters(page, size), page, size, queue.deadLetterCount());
    }

    /** Sends it again, at once, with the same webhook-id and body, and retries it again for the full period. */
    @PostMapping("/{deliveryId}/replay")
    ResponseEntity<Map<String, Object>> replay(@PathVariable UUID deliveryId) {
        if (!queue.replay(deliveryId, clock.instant(), settings.delivery().retryFor())) {
            throw new ProblemHandler.NotFound("No dead letter " + deliveryId);
        }
        return ResponseEntity.accepted().body(Map.of("deliveryId", deliveryId, "state", "PENDING"));
    }
}
