package org.opensor.registry.events.registrant;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The retention job erased a de-registered registrant's personal data once the retention period after de-registration
 * had passed: every copy (a consumer's projection, travel notices, alert texts, queued or sent webhook bodies) must go
 * too. Carried by {@link RegistrantEventTypes#PERSONAL_DATA_ERASED_V1} on the registrant topic, keyed by registrant id,
 * so it follows the person's last state event and, the topic being compacted, lets the broker drop the earlier events
 * that named them. It names nobody: the id alone. JSON schema: {@code schemas/registrant-personal-data-erased.v1.json}.
 *
 * @param registrantId   the registrant (also the Kafka key)
 * @param deregisteredAt when the de-registration was approved
 * @param erasedAt       when registry-api erased its own copy
 */
public record RegistrantPersonalDataErasedV1(UUID registrantId, Instant deregisteredAt, Instant erasedAt) {

    public RegistrantPersonalDataErasedV1 {
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(deregisteredAt, "deregisteredAt is required");
        Objects.requireNonNull(erasedAt, "erasedAt is required");
    }
}
