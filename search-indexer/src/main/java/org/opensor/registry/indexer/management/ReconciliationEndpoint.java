package org.opensor.registry.indexer.management;

import org.opensor.registry.indexer.registrant.IndexReconciliation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/reconciliation} (operators only, see {@link ManagementSecurity}): runs the index
 * reconciliation now and answers what it found and repaired, in counts.
 */
@Component
@Endpoint(id = "reconciliation")
class ReconciliationEndpoint {

    private final IndexReconciliation reconciliation;

    ReconciliationEndpoint(IndexReconciliation reconciliation) {
        this.reconciliation = reconciliation;
    }

    @WriteOperation
    IndexReconciliation.Report reconcile() {
        return reconciliation.reconcile();
    }
}
