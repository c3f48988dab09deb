package org.opensor.registry.events.registrant;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The administrator restricted a registrant's record to named units, changed the units or lifted the restriction.
 * Carried by {@link RegistrantEventTypes#RESTRICTION_CHANGED_V1} on the registrant topic, keyed by registrant id, so
 * it is ordered with the registrant's state events. It carries the whole current restriction (state-carrying, like
 * the state events): the last one a consumer read is the restriction in force. JSON schema:
 * {@code schemas/record-restriction-changed.v1.json}.
 *
 * @param registrantId      the registrant (also the Kafka key)
 * @param restrictedToUnits the units whose officers alone may see the record; empty when the restriction was lifted
 * @param changedBy         the administrator's account name
 * @param changedAt         when the change was committed; a consumer ignores a change older than the one it holds
 */
public record RecordRestrictionChangedV1(
        UUID registrantId, List<String> restrictedToUnits, String changedBy, Instant changedAt) {

    public RecordRestrictionChangedV1 {
        Objects.requireNonNull(registrantId, "registrantId is required");
        Objects.requireNonNull(restrictedToUnits, "restrictedToUnits is required");
        Objects.requireNonNull(changedBy, "changedBy is required");
        Objects.requireNonNull(changedAt, "changedAt is required");
        restrictedToUnits = List.copyOf(restrictedToUnits);
    }

    /** Whether the record is restricted after this change. */
    public boolean restricted() {
        return !restrictedToUnits.isEmpty();
    }
}
