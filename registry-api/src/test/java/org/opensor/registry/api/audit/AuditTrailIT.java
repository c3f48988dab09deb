package org.opensor.registry.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Many calls audited at once (written in group commits) still form one unbroken chain, one position each. */
@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail trail;

    @Test
    void concurrentAppendsGetDistinctPositionsAndKeepTheChainIntact() throws Exception {
        long before = trail.verify().entriesChecked();
        List<Future<Long>> appends = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 300; i++) {
                int n = i;
                appends.add(callers.submit(() -> trail.append(new AuditEntry(
                        Instant.now(),
                        "concurrency-test",
                        "AUDITOR",
                        "GET /api/v1/audit-events",
                        null,
                        "CASE-1 concurrent audit test " + n,
                        "127.0.0.1",
                        "ALLOWED",
                        200))));
            }
        }
        Set<Long> positions = new HashSet<>();
        for (Future<Long> append : appends) {
            positions.add(append.get());
        }
        assertThat(positions).hasSize(300);
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).as(verification.reason()).isTrue();
        assertThat(verification.entriesChecked()).isGreaterThanOrEqualTo(before + 300);
    }
}
