package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 26 end to end in the worker: the guard alert comes before the release alert; a travel-ban hit on no registrant stops. */
class ReleaseGuardAndTravelBanIT extends WorkerITSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReleaseOfAPersonWantedByThailandIsGuardedBeforeItIsAnnounced() throws Exception {
        String subject = UUID.randomUUID().toString();
        UUID guard = UUID.randomUUID();
        UUID release = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(event(
                            Topics.REGISTRANTS,
                            subject,
                            UUID.randomUUID(),
                            RegistrantEventTypes.REGISTERED_V1,
                            state(subject, 1, "IN_CUSTODY")))
                    .get();
            producer.send(event(
                            Topics.REGISTRANTS,
                            subject,
                            guard,
                            RegistrantEventTypes.RELEASE_GUARD_RAISED_V1,
                            """
                    {"guardId":"%s","subjectId":"%s","registrantId":"%s","release":"RELEASE","scheduledOn":"2026-12-24",
                     "requests":[{"requestId":"%s","requestingState":"THA","offence":"sexual intercourse with a child",
                                  "reference":"OAG 55/2026","interpolNotice":"A-1234/5-2026"}],
                     "prosecutorOffice":"General Prosecutor attached to the Court of Appeal","raisedBy":"clerk","raisedAt":"2026-12-01T08:00:00Z"}
                    """.formatted(UUID.randomUUID(), subject, subject, UUID.randomUUID())
                                    .getBytes(StandardCharsets.UTF_8)))
                    .get();
            producer.send(event(
                            Topics.REGISTRANTS,
                            subject,
                            release,
                            RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1,
                            state(subject, 2, "NOT_IN_CUSTODY")))
                    .get();
        }

        await("the release alert", Duration.ofSeconds(60), () -> !types(release).isEmpty());
        List<String> inOrder = jdbc.sql("""
                select alert_type from notification.alert where source_event_id in (:guard, :release) order by created_at, alert_type""")
                .param("guard", guard)
                .param("release", release)
                .query(String.class)
                .list();
        assertThat(inOrder.getFirst()).isEqualTo("WANTED_ELSEWHERE_RELEASE");
        assertThat(jdbc.sql("select reason from notification.alert where source_event_id = :g")
                        .param("g", guard)
                        .query(String.class)
                        .single())
                .isEqualTo("Wanted by THA; release scheduled on 2026-12-24");
        assertThat(jdbc.sql(
                                "select array_to_string(recipients, ',') from notification.alert where source_event_id = :g")
                        .param("g", guard)
                        .query(String.class)
                        .single())
                .contains("prosecutor:KHM:General Prosecutor attached to the Court of Appeal");
    }

    @Test
    void aTravelBanHitOnSomeoneWhoIsNoRegistrantIsAnUrgentStop() throws Exception {
        String subject = UUID.randomUUID().toString();
        UUID hit = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(event(Topics.TRAVEL, subject, hit, TravelEventTypes.TRAVEL_BAN_HIT_V1, """
                    {"hitId":"%s","subjectId":"%s","chargeId":"%s","court":"Siem Reap Provincial Court","caseNumber":"412/2026",
                     "borderPost":"REP","country":"KHM","direction":"DEPARTURE","matchBand":"STRONG","observedAt":"2026-12-01T08:00:00Z"}
                    """.formatted(
                                    UUID.randomUUID(), subject, UUID.randomUUID())
                            .getBytes(StandardCharsets.UTF_8)))
                    .get();
        }

        await("the stop alert", Duration.ofSeconds(60), () -> !types(hit).isEmpty());
        assertThat(jdbc.sql("select severity || ' ' || reason from notification.alert where source_event_id = :h")
                        .param("h", hit)
                        .query(String.class)
                        .single())
                .isEqualTo("URGENT STOP: court travel ban at REP (KHM)");
    }

    private List<String> types(UUID source) {
        return jdbc.sql("select alert_type from notification.alert where source_event_id = :s")
                .param("s", source)
                .query(String.class)
                .list();
    }

    private static byte[] state(String id, long version, String custody) {
        return """
                {"registrantId":"%s","version":%d,"familyName":"SRISAKUL","givenNames":"Anan","aliases":[],"sex":"MALE",
                 "nationalities":["THA"],"documents":[],"phoneNumbers":[],"internetIdentifiers":[],"photoReferences":[],
                 "biometricReferences":[],"convictions":[],"custodyStatus":"%s",
                 "addresses":[{"kind":"RESIDENCE","line":"St 123","district":"Chamkar Mon","province":"Phnom Penh","country":"KHM","validFrom":"2026-01-01"}],
                 "changedAt":"2026-01-05T08:00:00Z"}
                """.formatted(id, version, custody).getBytes(StandardCharsets.UTF_8);
    }
}
