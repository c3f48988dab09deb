package org.opensor.registry.api.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox relay runs.
 *
 * @param relayInterval pause between two relay rounds (default 200 ms): the delay an event may wait after commit
 * @param batchSize     events sent per round at most (default 200)
 * @param retention     how long published events stay in the table for inspection before they are purged (default 7 days)
 */
@ConfigurationProperties("registry.outbox")
public record OutboxSettings(Duration relayInterval, int batchSize, Duration retention) {
}
