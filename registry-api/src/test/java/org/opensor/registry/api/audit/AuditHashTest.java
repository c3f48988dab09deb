package org.opensor.registry.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private final AuditEntry entry = new AuditEntry(
            Instant.parse("2026-11-28T10:15:30.123456Z"),
            "police",
            "POLICE_OFFICER",
            "GET /api/v1/registrants/{id}",
            "0b6c0d55-5a8a-4b57-9a55-0d3f3c8e2a11",
            "CASE-1 travel check",
            "127.0.0.1",
            "ALLOWED",
            200);

    @Test
    void theSameEntryAlwaysHashesTheSame() {
        assertThat(AuditHash.of(7, entry, AuditHash.GENESIS))
                .isEqualTo(AuditHash.of(7, entry, AuditHash.GENESIS))
                .hasSize(64);
    }

    @Test
    void anyChangedFieldPositionOrPredecessorChangesTheHash() {
        String original = AuditHash.of(7, entry, AuditHash.GENESIS);
        AuditEntry otherPurpose = new AuditEntry(
                entry.occurredAt(),
                entry.actor(),
                entry.role(),
                entry.action(),
                entry.recordId(),
                "CASE-2 something else",
                entry.clientAddress(),
                entry.outcome(),
                entry.httpStatus());
        AuditEntry otherOutcome = new AuditEntry(
                entry.occurredAt(),
                entry.actor(),
                entry.role(),
                entry.action(),
                entry.recordId(),
                entry.purpose(),
                entry.clientAddress(),
                "DENIED",
                403);

        assertThat(AuditHash.of(7, otherPurpose, AuditHash.GENESIS)).isNotEqualTo(original);
        assertThat(AuditHash.of(7, otherOutcome, AuditHash.GENESIS)).isNotEqualTo(original);
        assertThat(AuditHash.of(8, entry, AuditHash.GENESIS)).isNotEqualTo(original);
        assertThat(AuditHash.of(7, entry, "f".repeat(64))).isNotEqualTo(original);
    }

    @Test
    void outcomesFollowTheStatus() {
        assertThat(AuditEntry.outcomeOf(200)).isEqualTo("ALLOWED");
        assertThat(AuditEntry.outcomeOf(400)).isEqualTo("REJECTED");
        assertThat(AuditEntry.outcomeOf(401)).isEqualTo("UNAUTHENTICATED");
        assertThat(AuditEntry.outcomeOf(403)).isEqualTo("DENIED");
        assertThat(AuditEntry.outcomeOf(500)).isEqualTo("FAILED");
    }
}
