package org.opensor.registry.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The transactional outbox of a service ({@code opensor.outbox.*}); setting {@code table} turns it on.
 *
 * @param table         schema-qualified outbox table, e.g. {@code registry.outbox_event} (created by the service's Flyway)
 * @param source        the CloudEvents {@code ce_source} of the events, e.g. {@code /registry-api}
 * @param lockId        advisory-lock id that lets one relay at a time work on this table (any number unique per table)
 * @param relayInterval pause between two relay rounds (default 200 ms): the delay an event may wait after commit
 * @param batchSize     events sent per round at most (default 200)
 * @param retention     how long published events stay for inspection before they are purged (default 7 days)
 */
@ConfigurationProperties("opensor.outbox")
public record OutboxSettings(
        String table,
        String source,
        long lockId,
        @DefaultValue("200ms") Duration relayInterval,
        @DefaultValue("200") int batchSize,
        @DefaultValue("7d") Duration retention) {

    public OutboxSettings {
        // The table name is written into SQL, so only a plain schema.table is accepted.
        if (table == null || !table.matches("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("opensor.outbox.table must be schema.table in lower case, was " + table);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("opensor.outbox.source is required, e.g. /registry-api");
        }
    }
}
