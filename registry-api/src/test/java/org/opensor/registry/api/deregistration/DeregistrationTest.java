package org.opensor.registry.api.deregistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.refusal.FourEyesRefused;
import org.opensor.registry.api.refusal.RefusedTransition;

/** Four eyes on a de-registration: the proposer never approves, and an approval is given once. */
class DeregistrationTest {

    private final Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final Deregistration proposed = Deregistration.proposed(
            UUID.randomUUID(),
            DeregistrationReason.REGISTRATION_PERIOD_ENDED,
            "Ten-year period ended; review done at the district station",
            "clerk-a",
            now);

    @Test
    void theProposerCannotApproveTheirOwnProposal() {
        assertThatThrownBy(() -> proposed.approvedBy("clerk-a", now.plusSeconds(60)))
                .isInstanceOf(FourEyesRefused.class)
                .hasMessageContaining("four eyes");
    }

    @Test
    void anotherAccountApprovesOnceAndIsNamedOnTheDecision() {
        Deregistration approved = proposed.approvedBy("clerk-b", now.plusSeconds(60));

        assertThat(approved.state()).isEqualTo(Deregistration.State.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("clerk-b");
        assertThat(approved.proposedBy()).isEqualTo("clerk-a");
        assertThat(approved.summary()).contains("REGISTRATION_PERIOD_ENDED", "clerk-a", "clerk-b");
        assertThatThrownBy(() -> approved.approvedBy("clerk-c", now.plusSeconds(120)))
                .isInstanceOf(RefusedTransition.class)
                .extracting(e -> ((RefusedTransition) e).rule())
                .isEqualTo("deregistration-proposed");
    }
}
