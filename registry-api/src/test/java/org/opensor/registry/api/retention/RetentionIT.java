package org.opensor.registry.api.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.events.TopicSettings;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaderReader;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantPersonalDataErasedV1;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The retention job removes a sealed charge after its period, erases a de-registered registrant's personal data after
 * its period (once, keeping the decision for the auditor, and telling the other services), and reports counts that
 * name nobody.
 */
@IntegrationTest
class RetentionIT extends WithTestAccounts {

    @Autowired
    RetentionJob job;

    @Test
    void aSealedChargeOutlivesItsPeriodOnlyAndTheReportHasCountsOnly() {
        ApiClient.Reply charged = api.post("/api/v1/charges", "clerk", """
                {"accused":{"familyName":"PELLETIER","givenNames":"Marc"},"court":"Kampot Provincial Court","caseNumber":"7/2026",
                 "offence":"x","chargedOn":"2026-10-01","bail":"NOT_DECIDED"}""");
        String id = charged.json().get("id").asString();
        assertThat(api.post("/api/v1/charges/" + id + "/verdict", "clerk", """
                {"outcome":"ACQUITTED","decidedOn":"2026-11-01"}""").status())
                .isEqualTo(200);

        Map<String, Integer> early = job.runAsOf(Instant.now().plus(365, ChronoUnit.DAYS));
        boolean keptEarly = exists(id);
        Map<String, Integer> late = job.runAsOf(Instant.now().plus(6 * 366, ChronoUnit.DAYS));

        assertThat(keptEarly).as("inside the period").isTrue();
        assertThat(early)
                .containsKeys(
                        "sealedCharges",
                        "endedCharges",
                        "closedForeignRequests",
                        "borderCrossings",
                        "closedComplianceTasks");
        assertThat(late.get("sealedCharges")).isGreaterThanOrEqualTo(1);
        assertThat(exists(id)).isFalse();
        ApiClient.Reply runs = api.get("/api/v1/retention-runs", "auditor", null);
        assertThat(runs.status()).as(runs.body()).isEqualTo(200);
        assertThat(runs.json().get(0).get("removed").get("sealedCharges").asInt())
                .isGreaterThanOrEqualTo(1);
        assertThat(runs.body()).doesNotContain("PELLETIER").doesNotContain(id);
        assertThat(api.get("/api/v1/retention-runs", "clerk", null).status()).isEqualTo(403);
    }

    private boolean exists(String chargeId) {
        return jdbc.sql("select exists (select 1 from registry.charge where id = cast(:id as uuid))")
                .param("id", chargeId)
                .query(Boolean.class)
                .single();
    }

    @Test
    void aDeregisteredRegistrantsPersonalDataIsErasedAfterItsPeriodAndTheOtherServicesAreTold() throws Exception {
        String familyName = "ERASE" + TestNames.unique().toUpperCase();
        String registrant = registeredByTheClerk(
                """
                {"familyName":"%s","givenNames":"Sokha","dateOfBirth":"1958-02-14","sex":"MALE","nationalities":["KHM"],
                 "documents":[{"type":"PASSPORT","number":"N%d","issuingState":"KHM"}],
                 "confirmedDistinctPerson":true}""".formatted(familyName, 10_000_000 + new java.util.Random().nextInt(89_999_999)));
        assertThat(api.post("/api/v1/registrants/" + registrant + "/convictions", "clerk", """
                        {"court":"Kandal Provincial Court","caseNumber":"9/2010","judgmentDate":"2010-05-10","offenceId":"KHM-2008-43",
                         "victimMinor":false,"country":"KHM","sentenceMonths":12,"registrationTier":"TIER_1"}""")
                        .status())
                .isEqualTo(201);
        assertThat(api.put("/api/v1/registrants/" + registrant + "/restriction", "admin", """
                        {"units":["UNIT-A"]}""", null)
                        .status())
                .isEqualTo(200);
        // lifted again, so the accounts of no unit below still see the record; its events stay under its own key
        assertThat(api.delete("/api/v1/registrants/" + registrant + "/restriction", "admin")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/registrants/" + registrant + "/deregistration", "police", """
                        {"reason":"DECEASED","note":"Death certificate 12/2026 of %s"}""".formatted(
                                        familyName))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/registrants/" + registrant + "/deregistration/approval", "clerk", "{}")
                        .status())
                .isEqualTo(200);

        String decreeLine = pardonedByAnAppliedDecree(registrant, familyName);

        Map<String, Integer> early = job.runAsOf(Instant.now().plus(365, ChronoUnit.DAYS));
        String nameEarly = familyNameOf(registrant);
        // every event of the person sent before the erasure, so that the erasure has them to remove
        Awaitility.await("the person's events are published")
                .atMost(Duration.ofSeconds(60))
                .until(() -> sentUnderThePersonsKeys(registrant, "published_at is null") == 0);
        assertThat(sentUnderThePersonsKeys(registrant, "published_at is not null and event_key like '%:restriction'"))
                .as("the restriction set and lifted, sent under its own key")
                .isEqualTo(2);
        Map<String, Integer> late = job.runAsOf(Instant.now().plus(6 * 366, ChronoUnit.DAYS));
        Map<String, Integer> again = job.runAsOf(Instant.now().plus(6 * 366, ChronoUnit.DAYS));

        assertThat(nameEarly).as("inside the period").isEqualTo(familyName);
        assertThat(early).containsKey("deregisteredRegistrantsErased");
        assertThat(late.get("deregisteredRegistrantsErased")).isGreaterThanOrEqualTo(1);
        assertThat(again.get("deregisteredRegistrantsErased")).as("erased once").isZero();
        assertThat(familyNameOf(registrant)).isEqualTo("ERASED");
        assertThat(jdbc.sql("""
                        select (select count(*) from registry.identity_document where registrant_id = cast(:id as uuid))
                             + (select count(*) from registry.history_entry where registrant_id = cast(:id as uuid))
                             + (select count(*) from registry.registrant where id = cast(:id as uuid)
                                  and (date_of_birth is not null or nationalities <> '{}' or given_names <> ''))
                             + (select count(*) from registry.deregistration where registrant_id = cast(:id as uuid)
                                  and note like '%' || :name || '%')""")
                        .param("id", registrant)
                        .param("name", familyName)
                        .query(Integer.class)
                        .single())
                .as("documents, history, identity and the decision's note no longer hold personal data")
                .isZero();
        assertThat(jdbc.sql("""
                        select concat_ws('|', name, date_of_birth, document_number, display_name, reasons::text, link_state,
                                         registrant_id::text)
                        from registry.decree_line where decree_id = cast(:decree as uuid)""").param("decree", decreeLine).query(String.class).single())
                .as("the applied decree's line keeps its link and state, not what named the person")
                .doesNotContain(familyName)
                .doesNotContain("1958-02-14")
                .contains("CONFIRMED|" + registrant);
        assertThat(sentUnderThePersonsKeys(
                        registrant,
                        "published_at is not null and event_type <> '" + RegistrantEventTypes.PERSONAL_DATA_ERASED_V1
                                + "'"))
                .as("the sent events under every key of the person are gone from the outbox")
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from registry.deregistration d join registry.conviction c using (registrant_id)
                        where d.registrant_id = cast(:id as uuid) and d.reason = 'DECEASED' and d.approved_by = 'clerk'""").param("id", registrant).query(Integer.class).single())
                .as("the decision and the conviction stay for the auditor")
                .isEqualTo(1);
        try (RegistrantEvents events = new RegistrantEvents()) {
            // the erasure under the state's key is written last, after its copies under the other keys
            ConsumerRecord<String, byte[]> erased = events.await(
                    r -> registrant.equals(r.key())
                            && RegistrantEventTypes.PERSONAL_DATA_ERASED_V1.equals(CloudEventHeaderReader.type(r)),
                    Duration.ofSeconds(60));
            assertThat(EventCodec.read(erased.value(), RegistrantPersonalDataErasedV1.class)
                            .registrantId()
                            .toString())
                    .isEqualTo(registrant);
            assertThat(new String(erased.value(), StandardCharsets.UTF_8)).doesNotContain(familyName);
            compactionDropsWhatNamedThePerson(
                    events.seen().stream()
                            .filter(r -> RegistrantTopicKeys.isOf(r.key(), UUID.fromString(registrant)))
                            .toList(),
                    familyName);
        }
        ApiClient.Reply runs = api.get("/api/v1/retention-runs", "auditor", null);
        assertThat(runs.body()).doesNotContain(familyName).doesNotContain(registrant);
    }

    /**
     * A royal pardon already applied whose one line names the registrant as the decree wrote them, as DecreeService
     * leaves it. @return the decree's id
     */
    private String pardonedByAnAppliedDecree(String registrant, String familyName) {
        String decree = UUID.randomUUID().toString();
        jdbc.sql("""
                        insert into registry.decree (id, version, number, decree_date, kind, applied, entered_by, entered_at,
                                                     applied_by, applied_at, effective_date)
                        values (cast(:id as uuid), 1, 'NS/RKT/0126/' || left(:id, 4), date '2026-01-07', 'PARDON', true,
                                'clerk', now(), 'clerk', now(), date '2026-01-07')""").param("id", decree).update();
        jdbc.sql("""
                        insert into registry.decree_line (decree_id, line_number, name, date_of_birth, document_number, link_state,
                                                          registrant_id, display_name, score, band, reasons, decided_by)
                        values (cast(:decree as uuid), 1, :name || ' Sokha', '1958-02-14', 'N1', 'CONFIRMED',
                                cast(:registrant as uuid), :name || ', Sokha', 0.97, 'STRONG',
                                jsonb_build_array('name ' || :name || ' SOKHA = ' || :name || ' SOKHA'), 'clerk')""")
                .param("decree", decree)
                .param("name", familyName)
                .param("registrant", registrant)
                .update();
        return decree;
    }

    /** The outbox rows under any of the person's keys (the plain id and {@code <id>:<kind>}) that match {@code condition}. */
    private int sentUnderThePersonsKeys(String registrant, String condition) {
        return jdbc.sql(
                        "select count(*) from registry.outbox_event where (event_key = :id or event_key like :id || ':%') and "
                                + condition)
                .param("id", registrant)
                .query(Integer.class)
                .single();
    }

    /**
     * The registrant's events as registry-api published them, on a copy of the registrant topic whose compaction lags
     * are shrunk: once the log cleaner has run, a consumer reading from the beginning gets the erasure event for the
     * person and nothing that names them. The erasure event is what compaction needs, being the person's last event
     * under their key; the copy has the topic's settings, {@code max.compaction.lag.ms} included, which rolls the segment
     * and forces the cleaning however little of the log is dirty.
     */
    private static void compactionDropsWhatNamedThePerson(
            List<ConsumerRecord<String, byte[]>> published, String familyName) throws Exception {
        assertThat(published)
                .as("the person's events, the erasure last")
                .hasSizeGreaterThan(1)
                .last()
                .satisfies(r -> assertThat(CloudEventHeaderReader.type(r))
                        .isEqualTo(RegistrantEventTypes.PERSONAL_DATA_ERASED_V1));
        assertThat(published)
                .as("some named the person")
                .anyMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(familyName));
        try (CompactedCopy topic = CompactedCopy.of(registrantTopic())) {
            for (ConsumerRecord<String, byte[]> record : published) {
                topic.write(record);
            }
            UUID person = UUID.fromString(published.getFirst().key());
            Awaitility.await("the log cleaner drops the person's earlier events")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> {
                                topic.append();
                                // the keys and event types left for the person, in order
                                return topic.readFromTheBeginning().stream()
                                        .filter(r -> RegistrantTopicKeys.isOf(r.key(), person))
                                        .map(r -> r.key() + " " + CloudEventHeaderReader.type(r))
                                        .toList();
                            },
                            left -> left.equals(RegistrantTopicKeys.all(person).stream()
                                    .map(k -> k + " " + RegistrantEventTypes.PERSONAL_DATA_ERASED_V1)
                                    .toList()));
            List<ConsumerRecord<String, byte[]>> left = topic.readFromTheBeginning();
            assertThat(left)
                    .filteredOn(r -> RegistrantTopicKeys.isOf(r.key(), person))
                    .as("the erasure alone under each of the person's keys, the restriction's included")
                    .extracting(CloudEventHeaderReader::type)
                    .containsOnly(RegistrantEventTypes.PERSONAL_DATA_ERASED_V1)
                    .hasSize(RegistrantTopicKeys.all(person).size());
            assertThat(left).noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(familyName));
        }
    }

    private static TopicSettings registrantTopic() {
        return TopicSettings.ALL.stream()
                .filter(t -> t.name().equals(Topics.REGISTRANTS))
                .findFirst()
                .orElseThrow();
    }

    private String familyNameOf(String registrant) {
        return jdbc.sql("select family_name from registry.registrant where id = cast(:id as uuid)")
                .param("id", registrant)
                .query(String.class)
                .single();
    }
}
