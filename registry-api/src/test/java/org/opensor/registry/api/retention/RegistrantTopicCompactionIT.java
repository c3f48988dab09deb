package org.opensor.registry.api.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.record.TimestampType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.security.Role;
import org.opensor.registry.events.TopicSettings;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaderReader;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;

/**
 * The registrant topic is compacted: once the log cleaner has run, a consumer reading it from the beginning still finds
 * each registrant's latest state and the facts that are not state (a restriction, a decree applied), each kept under a
 * key of its own.
 */
@IntegrationTest
class RegistrantTopicCompactionIT extends WithTestAccounts {

    @Test
    void aRebuildAfterCompactionFindsTheLatestStateAndTheRestrictionAndTheDecree() throws Exception {
        TestAccounts.ensureInUnit(jdbc, encoder, "clerk-a", Role.COURT_CLERK, "UNIT-A");
        String restricted = registered();
        assertThat(api.put("/api/v1/registrants/" + restricted + "/restriction", "admin", """
                        {"units":["UNIT-A"]}""", null)
                        .status())
                .isEqualTo(200);
        ApiClient.Reply corrected = api.put(
                "/api/v1/registrants/" + restricted,
                "clerk-a",
                aRegistrant()
                        .named("KEO", "Changed")
                        .bornOn("1975")
                        .nationalities("KHM")
                        .with("reason", "Name from the passport")
                        .json(),
                "\"" + versionOf(restricted) + "\"");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);

        String pardoned = registered();
        String path = "/api/v1/registrants/" + pardoned;
        ApiClient.Reply conviction = api.post(path + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"3/2025","judgmentDate":"2025-01-05","offenceId":"KHM-2008-10",
                 "victimMinor":false,"country":"KHM","sentenceMonths":60}""");
        assertThat(conviction.status()).as(conviction.body()).isEqualTo(201);
        ApiClient.Reply admitted = api.post(path + "/custody-events", "clerk", """
                {"type":"ADMITTED","effectiveDate":"2025-01-10","sourceDocument":"Prey Sar admission","facility":"Prey Sar"}""");
        assertThat(admitted.status()).as(admitted.body()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> published = new ArrayList<>();
        try (RegistrantEvents events = new RegistrantEvents()) {
            events.await(
                    r -> restricted.equals(r.key()) && isType(r, RegistrantEventTypes.IDENTITY_CHANGED_V1),
                    Duration.ofSeconds(60));
            events.await(
                    r -> pardoned.equals(r.key()) && isType(r, RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1),
                    Duration.ofSeconds(60));
            for (ConsumerRecord<String, byte[]> r : events.seen()) {
                if (RegistrantTopicKeys.isOf(r.key(), UUID.fromString(restricted))
                        || RegistrantTopicKeys.isOf(r.key(), UUID.fromString(pardoned))) {
                    published.add(r);
                }
            }
        }
        assertThat(published)
                .as("a registrant's restriction is on the partition of its state")
                .filteredOn(r -> RegistrantTopicKeys.isOf(r.key(), UUID.fromString(restricted)))
                .extracting(ConsumerRecord::partition)
                .containsOnly(published.stream()
                        .filter(r -> restricted.equals(r.key()))
                        .findFirst()
                        .orElseThrow()
                        .partition());
        // the decree applied right after the custody event, as the decree service writes it
        published.add(decreeApplied(UUID.fromString(pardoned)));

        try (CompactedCopy topic = CompactedCopy.of(registrantTopic())) {
            for (ConsumerRecord<String, byte[]> record : published) {
                topic.write(record);
            }
            List<ConsumerRecord<String, byte[]>> left = Awaitility.await(
                            "the log cleaner keeps one state event per registrant")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> {
                                topic.append();
                                return topic.readFromTheBeginning();
                            },
                            read -> read.stream()
                                                    .filter(r -> restricted.equals(r.key()))
                                                    .count()
                                            == 1
                                    && read.stream()
                                                    .filter(r -> pardoned.equals(r.key()))
                                                    .count()
                                            == 1);

            assertThat(typesUnder(left, restricted))
                    .as("the restricted registrant's latest state and the restriction")
                    .containsExactly(
                            RegistrantEventTypes.RESTRICTION_CHANGED_V1, RegistrantEventTypes.IDENTITY_CHANGED_V1);
            assertThat(typesUnder(left, pardoned))
                    .as("the pardoned registrant's latest state and the decree applied")
                    .containsExactly(
                            RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1, RegistrantEventTypes.DECREE_APPLIED_V1);
        }
    }

    private String registered() {
        return registeredByTheClerk(aRegistrant()
                .named(TestNames.unique().toUpperCase(), "Dara")
                .bornOn("1975")
                .nationalities("KHM")
                .with("confirmedDistinctPerson", true)
                .json());
    }

    private long versionOf(String registrant) {
        return jdbc.sql("select version from registry.registrant where id = cast(:id as uuid)")
                .param("id", registrant)
                .query(Long.class)
                .single();
    }

    private static boolean isType(ConsumerRecord<String, byte[]> record, String type) {
        return type.equals(CloudEventHeaderReader.type(record));
    }

    /** The event types left for the person, under any of their keys, in the order read. */
    private static List<String> typesUnder(List<ConsumerRecord<String, byte[]>> records, String person) {
        return records.stream()
                .filter(r -> RegistrantTopicKeys.isOf(r.key(), UUID.fromString(person)))
                .map(CloudEventHeaderReader::type)
                .toList();
    }

    private static ConsumerRecord<String, byte[]> decreeApplied(UUID registrant) {
        byte[] payload = EventCodec.write(new DecreeAppliedV1(
                UUID.randomUUID(),
                "NS/RKT/0126/1",
                LocalDate.of(2026, 1, 7),
                "Victory Day",
                "PARDON",
                null,
                registrant,
                UUID.randomUUID(),
                LocalDate.of(2026, 1, 7),
                false,
                false,
                false,
                Instant.now()));
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(
                Topics.REGISTRANTS,
                0,
                0L,
                0L,
                TimestampType.CREATE_TIME,
                0,
                payload.length,
                RegistrantTopicKeys.decreeApplied(registrant),
                payload,
                new org.apache.kafka.common.header.internals.RecordHeaders(),
                java.util.Optional.empty());
        record.headers().add(header(CloudEventHeaders.ID, UUID.randomUUID().toString()));
        record.headers().add(header(CloudEventHeaders.TYPE, RegistrantEventTypes.DECREE_APPLIED_V1));
        return record;
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static TopicSettings registrantTopic() {
        return TopicSettings.ALL.stream()
                .filter(t -> t.name().equals(Topics.REGISTRANTS))
                .findFirst()
                .orElseThrow();
    }
}
