package org.opensor.registry.indexer.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.index.RegistrantDocument;

/**
 * A de-registration replaces the person's document with one that holds no name, date of birth, document number or
 * retrieval key: no search can find it, and its version keeps an older named event from bringing the person back.
 */
class DeregisteredEventTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void aDeregistrationLeavesADocumentNoSearchCanRetrieve() {
        RegistrantDocument document =
                RegistrantProjection.documentOf(record(RegistrantEventTypes.DEREGISTERED_V1, state(7)));

        assertThat(document.registrantId()).isEqualTo(id.toString());
        assertThat(document.version()).as("newer than every named version").isEqualTo(7);
        assertThat(document.keys()).isEmpty();
        assertThat(document.familyName()).isNull();
        assertThat(document.dateOfBirth()).isNull();
        assertThat(document.documentNumbers()).isEmpty();
        assertThat(document.aliases()).isEmpty();
        assertThat(document.candidate()).isNull();
    }

    @Test
    void theSameStateUnderAnyOtherTypeIsStillIndexedByItsKeys() {
        RegistrantDocument document =
                RegistrantProjection.documentOf(record(RegistrantEventTypes.REGISTRATION_STATUS_CHANGED_V1, state(7)));

        assertThat(document.keys()).isNotEmpty();
        assertThat(document.documentNumbers()).containsExactly("N4455667");
        assertThat(document.familyName()).isEqualTo("VANNARITH");
    }

    private RegistrantStateV1 state(long version) {
        RegistrantStateV1 core = RegistrantStateV1.identityOnly(
                id, version, "VANNARITH", "Sopheak", null, "1972-08-09", "MALE", List.of("KHM"), Instant.now());
        return new RegistrantStateV1(
                core.registrantId(),
                core.version(),
                core.familyName(),
                core.givenNames(),
                core.originalScriptName(),
                core.aliases(),
                core.dateOfBirth(),
                null,
                core.sex(),
                null,
                core.nationalities(),
                List.of(new RegistrantStateV1.Document("PASSPORT", "N4455667", "KHM", LocalDate.of(2031, 2, 28))),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                core.custodyStatus(),
                List.of(),
                new RegistrantStateV1.Registration(
                        "TIER_1",
                        "ENDED",
                        LocalDate.of(2016, 12, 1),
                        LocalDate.of(2026, 11, 30),
                        null,
                        "COMPLIANT",
                        "De-registered on 2026-12-06: REGISTRATION_PERIOD_ENDED"),
                core.changedAt());
    }

    private ConsumerRecord<String, byte[]> record(String type, RegistrantStateV1 state) {
        ConsumerRecord<String, byte[]> record =
                new ConsumerRecord<>(Topics.REGISTRANTS, 0, 0L, id.toString(), EventCodec.write(state));
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
