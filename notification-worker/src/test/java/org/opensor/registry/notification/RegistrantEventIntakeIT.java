package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class RegistrantEventIntakeIT extends WorkerITSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void takesInEachEventOnceEvenWhenKafkaDeliversItTwice() throws Exception {
        String subject = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < 2; i++) {
                producer.send(event(
                                Topics.REGISTRANTS,
                                subject,
                                UUID.fromString(eventId),
                                RegistrantEventTypes.REGISTERED_V1,
                                state(subject, 1, "IN_CUSTODY", List.of("KHM"))))
                        .get();
            }
            producer.send(event(
                            Topics.REGISTRANTS,
                            subject,
                            UUID.randomUUID(),
                            RegistrantEventTypes.IDENTITY_CHANGED_V1,
                            state(subject, 2, "IN_CUSTODY", List.of("KHM"))))
                    .get();
        }

        // Same key, same partition: once the marker is in, both copies of the first event have been handled.
        await("both events", Duration.ofSeconds(60), () -> count(subject) >= 2);
        assertThat(count(subject)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from notification.received_event where event_id = :id")
                        .param("id", UUID.fromString(eventId))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select version from notification.registrant_fact where registrant_id = :id")
                        .param("id", UUID.fromString(subject))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aForeignNationalReleasedIsReportedToTheDistrictPoliceAndTheCountryOfNationality() throws Exception {
        String subject = UUID.randomUUID().toString();
        UUID release = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(event(
                            Topics.REGISTRANTS,
                            subject,
                            UUID.randomUUID(),
                            RegistrantEventTypes.REGISTERED_V1,
                            state(subject, 1, "IN_CUSTODY", List.of("FRA"))))
                    .get();
            producer.send(event(
                            Topics.REGISTRANTS,
                            subject,
                            release,
                            RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1,
                            state(subject, 2, "NOT_IN_CUSTODY", List.of("FRA"))))
                    .get();
            producer.send(event(
                            Topics.REGISTRANTS,
                            subject,
                            release,
                            RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1,
                            state(subject, 2, "NOT_IN_CUSTODY", List.of("FRA"))))
                    .get(); // redelivered
        }

        await("two alerts", Duration.ofSeconds(60), () -> alerts(release).size() == 2);
        assertThat(alerts(release))
                .containsExactlyInAnyOrder(
                        "CUSTODY_RELEASE district-police:KHM:Chamkar Mon", "FOREIGN_NATIONAL_RELEASE liaison:FRA");
    }

    @Test
    void aPardonedChildSexOffenderIsReportedOnceToTheReleaseDistrictAndEveryBorderPost() throws Exception {
        String subject = UUID.randomUUID().toString();
        UUID decreeEvent = UUID.randomUUID();
        byte[] decree = EventCodec.write(new DecreeAppliedV1(
                UUID.randomUUID(),
                "NS/RKT/0426/101",
                LocalDate.of(2026, 4, 12),
                "Khmer New Year",
                "PARDON",
                null,
                UUID.fromString(subject),
                UUID.randomUUID(),
                LocalDate.of(2026, 4, 14),
                true,
                false,
                false,
                Instant.parse("2026-04-14T03:00:00Z")));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(event(
                            Topics.REGISTRANTS,
                            subject,
                            UUID.randomUUID(),
                            RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1,
                            state(subject, 1, "NOT_IN_CUSTODY", List.of("KHM"))))
                    .get();
            producer.send(event(
                            Topics.REGISTRANTS,
                            RegistrantTopicKeys.decreeApplied(UUID.fromString(subject)),
                            decreeEvent,
                            RegistrantEventTypes.DECREE_APPLIED_V1,
                            decree))
                    .get();
            producer.send(event(
                            Topics.REGISTRANTS,
                            RegistrantTopicKeys.decreeApplied(UUID.fromString(subject)),
                            decreeEvent,
                            RegistrantEventTypes.DECREE_APPLIED_V1,
                            decree))
                    .get(); // redelivered
        }

        await(
                "two decree alerts",
                Duration.ofSeconds(60),
                () -> alerts(decreeEvent).size() == 2);
        assertThat(alerts(decreeEvent))
                .containsExactlyInAnyOrder(
                        "CUSTODY_RELEASE district-police:KHM:Chamkar Mon", "CUSTODY_RELEASE border-post:KHM:*");
        assertThat(jdbc.sql("select count(*) from notification.received_event where event_id = :id")
                        .param("id", decreeEvent)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private List<String> alerts(UUID source) {
        return jdbc.sql(
                        "select alert_type || ' ' || array_to_string(recipients, ',') from notification.alert where source_event_id = :s")
                .param("s", source)
                .query(String.class)
                .list();
    }

    private int count(String subject) {
        return jdbc.sql("select count(*) from notification.received_event where subject = :s")
                .param("s", subject)
                .query(Integer.class)
                .single();
    }

    private static byte[] state(String id, long version, String custody, List<String> nationalities) {
        return """
                {"registrantId":"%s","version":%d,"familyName":"DUPONT","givenNames":"Jean","aliases":[],"sex":"MALE",
                 "nationalities":["%s"],"documents":[],"phoneNumbers":[],"internetIdentifiers":[],"photoReferences":[],
                 "biometricReferences":[],"convictions":[],"custodyStatus":"%s",
                 "addresses":[{"kind":"RESIDENCE","line":"St 123","district":"Chamkar Mon","province":"Phnom Penh","country":"KHM","validFrom":"2026-01-01"}],
                 "changedAt":"2026-01-05T08:00:00Z"}
                """.formatted(id, version, String.join("\",\"", nationalities), custody)
                .getBytes(StandardCharsets.UTF_8);
    }
}
