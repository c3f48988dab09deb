package org.opensor.registry.api.idempotency;

import java.time.Clock;
import org.opensor.registry.api.web.RequestLimitSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keys past their retention give no answer any more; their rows (with the answers' personal data) go. */
@Component
class ExpiredKeyPurge {

    private static final Logger log = LoggerFactory.getLogger(ExpiredKeyPurge.class);
    private final StoredAnswers answers;
    private final RequestLimitSettings settings;
    private final Clock clock;

    ExpiredKeyPurge(StoredAnswers answers, RequestLimitSettings settings, Clock clock) {
        this.answers = answers;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
    void purge() {
        int purged = answers.purgeOlderThan(clock.instant().minus(settings.idempotencyKeyRetention()));
        if (purged > 0) {
            log.info("Purged {} expired idempotency keys", purged);
        }
    }
}
