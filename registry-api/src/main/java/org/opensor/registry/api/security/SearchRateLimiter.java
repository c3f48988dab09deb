package org.opensor.registry.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * At most {@code searchesPerMinute} searches per account and minute (a fixed window per account, kept in
 * memory: enough to stop a runaway script or a bulk harvest; behind several instances each counts its own).
 */
@Component
class SearchRateLimiter {

    private record Window(long minute, int used) {}

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final SecuritySettings settings;
    private final Clock clock;

    SearchRateLimiter(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @return seconds to wait, or 0 when this search may run now */
    long acquire(String actor) {
        Instant now = clock.instant();
        long minute = now.getEpochSecond() / 60;
        Window window = windows.compute(
                actor,
                (key, current) -> current == null || current.minute() != minute
                        ? new Window(minute, 1)
                        : new Window(minute, current.used() + 1));
        if (window.used() <= settings.searchesPerMinute()) {
            return 0;
        }
        return Math.max(
                1,
                Duration.between(now, Instant.ofEpochSecond((minute + 1) * 60)).toSeconds());
    }
}
