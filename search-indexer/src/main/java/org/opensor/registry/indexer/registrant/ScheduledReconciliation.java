package org.opensor.registry.indexer.registrant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link IndexReconciliation} every {@code registry.indexer.reconciliation.interval} (default 15 minutes: a run
 * reads the whole registrant topic, so a document deleted behind the indexer's back is back within that interval plus
 * one run). Off with {@code registry.indexer.reconciliation.enabled=false}, and in a {@code --rebuild-index} run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(
        name = {"registry.indexer.live", "registry.indexer.reconciliation.enabled"},
        havingValue = "true",
        matchIfMissing = true)
class ScheduledReconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledReconciliation.class);
    private final IndexReconciliation reconciliation;

    ScheduledReconciliation(IndexReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @Scheduled(
            initialDelayString = "${registry.indexer.reconciliation.interval:PT15M}",
            fixedDelayString = "${registry.indexer.reconciliation.interval:PT15M}")
    void run() {
        try {
            reconciliation.reconcile();
        } catch (RuntimeException e) {
            // the next run tries again; the message names servers, never a registrant's data
            LOG.warn("reconciliation failed, next run in one interval: {}", e.toString());
        }
    }
}
