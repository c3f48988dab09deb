package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cluster id the storage tool takes as a value: 22 URL-safe base64 characters, never a leading '-'. */
class KafkaClusterIdTest {

    @Test
    void clusterIdsNeverStartWithADashThatTheStorageToolWouldReadAsAnOption() {
        for (int i = 0; i < 5_000; i++) { // about 78 of 5,000 would start with '-' without the guard
            String id = KafkaServer.newClusterId();
            assertThat(id).hasSize(22).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}");
        }
    }
}
