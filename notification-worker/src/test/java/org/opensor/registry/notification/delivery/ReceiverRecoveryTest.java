package org.opensor.registry.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiverRecoveryTest {

    private final ReceiverRecovery recovery = new ReceiverRecovery();
    private final UUID subscription = UUID.randomUUID();

    @Test
    void aFirstAttemptThatGetsThroughToAReceiverThatNeverFailedIsNoRecovery() {
        assertThat(recovery.recovered(delivered(1))).isFalse();
    }

    @Test
    void aRetryThatGetsThroughIsARecoveryEvenWhenThisInstanceSawNoFailure() {
        assertThat(recovery.recovered(delivered(3))).isTrue();
    }

    @Test
    void aNewAlertThatGetsThroughAfterFailuresIsARecoveryOnceOnly() {
        recovery.failed(subscription);
        recovery.failed(UUID.randomUUID());

        assertThat(recovery.recovered(delivered(1))).isTrue();
        assertThat(recovery.recovered(delivered(1))).isFalse();
    }

    private DeliveryQueue.Claimed delivered(int attempt) {
        return new DeliveryQueue.Claimed(
                UUID.randomUUID(),
                "msg_1",
                UUID.randomUUID(),
                subscription,
                Purpose.ISSUED,
                "{}",
                attempt,
                Instant.now().plusSeconds(3600));
    }
}
