package org.opensor.registry.api.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.RegistrantRequestBuilder;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when" of issue 3, as a court clerk and a police officer would try it through the API: a person with a
 * Khmer-script name and two aliases, a conviction, an admission, a royal pardon that reduces the sentence, a release
 * on bail; the whole history read back; every bad input refused with a problem naming it and the record unchanged;
 * the events on Kafka in order, each valid against its schema.
 */
@IntegrationTest
class RegistrantJourneyIT extends WithTestAccounts {

    private static final String PURPOSE = "CASE-2026-0042 registration review";

    @Test
    void aClerkRecordsAConvictionCustodyPardonAndBailAndEveryChangeIsInTheHistoryAndOnKafkaInOrder() {
        String given = "Sokha " + TestNames.unique();
        String passport = "N" + (10_000_000 + (long) (Math.random() * 89_999_999));
        ApiClient.Reply created = api.post(
                "/api/v1/registrants",
                "clerk",
                sokSokha(given, passport)
                        .bornOn("1971-03")
                        .nationalities("KHM", "fra")
                        .with("reason", "Judgment 123/2025 received from the court")
                        .json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String path = "/api/v1/registrants/" + id;
        assertThat(created.json().get("aliases")).hasSize(2);
        assertThat(created.json().get("aliases").get(0).get("dateOfBirth").asString())
                .isEqualTo("1970");
        assertThat(created.json().get("nationalities").toString()).isEqualTo("[\"KHM\",\"FRA\"]");

        ApiClient.Reply convicted = api.post(path + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"123/2025","judgmentDate":"2025-06-02","offenceId":"KHM-2008-43",
                 "victimMinor":true,"country":"KHM","sentenceMonths":36}""");
        assertThat(convicted.status()).as(convicted.body()).isEqualTo(201);
        assertThat(convicted.json().get("convictions").get(0).get("article").asString())
                .isEqualTo("43");
        assertThat(convicted.json().get("registration").get("tier").asString()).isEqualTo("TIER_3");
        assertThat(convicted.json().get("registration").has("endsOn"))
                .as("for life")
                .isFalse();

        ApiClient.Reply admitted = api.post(path + "/custody-events", "clerk", """
                {"type":"ADMITTED","effectiveDate":"2025-06-03","sourceDocument":"Prey Sar admission 2025/0613","facility":"Prey Sar"}""");
        assertThat(admitted.json().get("custodyStatus").asString())
                .as(admitted.body())
                .isEqualTo("IN_CUSTODY");

        ApiClient.Reply pardoned = api.post(path + "/custody-events", "clerk", """
                {"type":"ROYAL_PARDON","effectiveDate":"2026-04-10","sourceDocument":"Royal decree NS/RKT/0426/101",
                 "decreeNumber":"NS/RKT/0426/101","decreeDate":"2026-04-10","sentenceReducedByMonths":12}""");
        assertThat(pardoned.status()).as(pardoned.body()).isEqualTo(201);
        assertThat(pardoned.json().get("custodyStatus").asString()).isEqualTo("IN_CUSTODY");
        assertThat(pardoned.json().get("registration").get("status").asString()).isEqualTo("ACTIVE");
        assertThat(pardoned.json().get("registration").get("policyNote").asString())
                .contains("does not end the registration");

        ApiClient.Reply bailed = api.post(path + "/custody-events", "clerk", """
                {"type":"RELEASED_ON_BAIL","effectiveDate":"2026-05-01","sourceDocument":"Court order 88/2026"}""");
        assertThat(bailed.json().get("custodyStatus").asString())
                .as(bailed.body())
                .isEqualTo("ON_BAIL");

        ApiClient.Reply housed = api.post(path + "/addresses", "police", """
                {"kind":"RESIDENCE","line":"St 123, house 4","district":"Chamkar Mon","province":"Phnom Penh","country":"KHM",
                 "validFrom":"2026-05-01"}""");
        assertThat(housed.status()).as(housed.body()).isEqualTo(201);
        ApiClient.Reply verified = api.post(path + "/verifications", "police", """
                {"verifiedOn":"2026-06-01","outcome":"CONFIRMED_AT_ADDRESS","note":"seen at home"}""", "\"7\"");
        assertThat(verified.status()).as(verified.body()).isEqualTo(201);
        assertThat(verified.json().get("registration").get("complianceStatus").asString())
                .isEqualTo("COMPLIANT");
        assertThat(verified.raw().headers().firstValue("ETag")).hasValue("\"8\"");

        ApiClient.Reply corrected = api.put(
                path,
                "clerk",
                sokSokha(given, passport)
                        .bornOn("1971-03-12")
                        .nationalities("KHM", "FRA")
                        .with("reason", "Day of birth from the passport")
                        .json(),
                "\"8\"");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("dateOfBirth").asString()).isEqualTo("1971-03-12");

        ApiClient.Reply history = api.get(path + "/history", "police", PURPOSE);
        assertThat(history.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        history.json()
                .get("entries")
                .forEach(e -> actions.add(e.get("version").asLong() + " "
                        + e.get("action").asString() + " " + e.get("actor").asString()));
        assertThat(actions)
                .containsExactly(
                        "1 REGISTERED clerk",
                        "2 CONVICTION_RECORDED clerk",
                        "3 CUSTODY_EVENT_RECORDED clerk",
                        "4 CUSTODY_EVENT_RECORDED clerk",
                        "5 REGISTRATION_STATUS_CHANGED clerk",
                        "6 CUSTODY_EVENT_RECORDED clerk",
                        "7 ADDRESS_RECORDED police",
                        "8 VERIFICATION_RECORDED police",
                        "9 IDENTITY_CHANGED clerk");
        JsonNode identityChange = history.json().get("entries").get(8);
        assertThat(identityChange.get("reason").asString()).isEqualTo("Day of birth from the passport");
        assertThat(identityChange.get("changes").toString())
                .contains("\"field\":\"dateOfBirth\"")
                .contains("\"before\":\"1971-03\"")
                .contains("\"after\":\"1971-03-12\"");
        assertThat(history.json().get("entries").get(0).get("reason").asString())
                .isEqualTo("Judgment 123/2025 received from the court");

        List<String> expectedTypes = List.of(
                RegistrantEventTypes.REGISTERED_V1,
                RegistrantEventTypes.CONVICTION_RECORDED_V1,
                RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1,
                RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1,
                RegistrantEventTypes.REGISTRATION_STATUS_CHANGED_V1,
                RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1,
                RegistrantEventTypes.ADDRESS_RECORDED_V1,
                RegistrantEventTypes.REGISTRATION_STATUS_CHANGED_V1,
                RegistrantEventTypes.IDENTITY_CHANGED_V1);
        Schema schema = schema();
        try (RegistrantEvents events = new RegistrantEvents()) {
            events.await(
                    r -> id.equals(r.key())
                            && RegistrantEventTypes.IDENTITY_CHANGED_V1.equals(
                                    RegistrantEvents.header(r, CloudEventHeaders.TYPE)),
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> mine =
                    events.seen().stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine)
                    .extracting(r -> RegistrantEvents.header(r, CloudEventHeaders.TYPE))
                    .containsExactlyElementsOf(expectedTypes);
            assertThat(mine)
                    .extracting(r ->
                            EventCodec.read(r.value(), RegistrantStateV1.class).version())
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
            assertThat(mine)
                    .extracting(ConsumerRecord::partition)
                    .containsOnly(mine.getFirst().partition());
            for (ConsumerRecord<String, byte[]> record : mine) {
                assertThat(schema.validate(JsonMapper.builder().build().readTree(record.value())))
                        .as(RegistrantEvents.header(record, CloudEventHeaders.TYPE))
                        .isEmpty();
            }
            RegistrantStateV1 last = EventCodec.read(mine.getLast().value(), RegistrantStateV1.class);
            assertThat(last.custodyStatus()).isEqualTo("ON_BAIL");
            assertThat(last.aliases()).hasSize(2);
            assertThat(last.documents().getFirst().number()).isEqualTo(passport);
            assertThat(last.convictions().getFirst().offenceCategory()).isEqualTo("CHILD_SEXUAL_ABUSE");
            assertThat(last.registration().complianceStatus()).isEqualTo("COMPLIANT");
            assertThat(last.addresses().getFirst().district()).isEqualTo("Chamkar Mon");
        }
    }

    @Test
    void everyBadInputIsAProblemNamingItAndTheRecordIsUnchanged() {
        String id = registerConvictedAndAdmitted();
        String path = "/api/v1/registrants/" + id;
        Snapshot before = snapshot(id);

        assertProblem(
                api.post(path + "/convictions", "clerk", conviction("\"judgmentDate\":\"2150-01-01\"")),
                400,
                "judgmentDate",
                "not-in-future");
        assertProblem(
                api.post(path + "/convictions", "clerk", conviction("\"judgmentDate\":\"2025-02-30\"")),
                400,
                "judgmentDate",
                "calendar-date");
        assertProblem(
                api.post(path + "/convictions", "clerk", conviction("\"judgmentDate\":\"1960-01-01\"")),
                400,
                "judgmentDate",
                "after-birth");
        assertProblem(
                api.post(path + "/convictions", "clerk", conviction("\"offenceId\":\"KHM-2008-999\"")),
                400,
                "offenceId",
                "known-offence");
        assertProblem(
                api.post(path + "/convictions", "clerk", conviction("\"country\":\"XYZ\"")),
                400,
                "country",
                "iso-3166-alpha-3");
        assertProblem(api.post(path + "/convictions", "clerk", conviction("\"court\":\"\"")), 400, "court", "NotBlank");
        ApiClient.Reply twoFields =
                api.post(path + "/convictions", "clerk", conviction("\"country\":\"XYZ\",\"offenceId\":null"));
        assertThat(twoFields.json().get("errors")).hasSize(2);
        assertProblem(api.post(path + "/custody-events", "clerk", """
                {"type":"RELEASED_ON_BAIL","effectiveDate":"2150-01-01","sourceDocument":"x"}"""), 400, "effectiveDate", "not-in-future");
        assertProblem(api.post(path + "/custody-events", "clerk", """
                {"type":"ADMITTED","effectiveDate":"2025-07-01","sourceDocument":"Court order"}"""), 409, "type", "already-in-custody");
        assertProblem(api.post(path + "/custody-events", "clerk", """
                {"type":"ROYAL_PARDON","effectiveDate":"2025-07-01","sourceDocument":"decree"}"""), 400, "decreeNumber", "required-for-decree");
        assertProblem(api.post(path + "/custody-events", "clerk", """
                {"type":"ON_HOLIDAY","effectiveDate":"2025-07-01","sourceDocument":"x"}"""), 400, "type", "type");
        assertProblem(api.post(path + "/addresses", "police", """
                {"kind":"RESIDENCE","line":"St 1","country":"KHM","validFrom":"2026-05-01","validTo":"2026-04-01"}"""), 400, "validTo", "not-before-valid-from");
        assertProblem(
                api.put(path, "clerk", identity("\"reason\":\"typo\""), "\"1\""), 412, "If-Match", "current-version");
        assertProblem(api.put(path, "clerk", identity("\"reason\":\"typo\""), null), 428, "If-Match", "required");
        assertProblem(
                api.put(path, "clerk", identity("\"reason\":\" \""), "\"" + before.version + "\""),
                400,
                "reason",
                "NotBlank");
        assertProblem(
                api.put(
                        path,
                        "clerk",
                        identity(
                                "\"reason\":\"typo\",\"aliases\":[{\"fullName\":\"X\",\"dateOfBirth\":\"1970-02-31\"}]"),
                        "\"" + before.version + "\""),
                400,
                "aliases[0].dateOfBirth",
                "calendar-date");
        assertProblem(
                api.put(
                        path,
                        "clerk",
                        identity("\"reason\":\"typo\",\"nationalities\":[\"KHM\",\"QQQ\"]"),
                        "\"" + before.version + "\""),
                400,
                "nationalities[1]",
                "iso-3166-alpha-3");
        assertProblem(api.post(path + "/verifications", "police", """
                {"verifiedOn":"2026-06-01","outcome":"CONFIRMED_AT_ADDRESS"}""", "\"1\""), 412, "If-Match", "current-version");
        assertProblem(api.get("/api/v1/registrants?size=1000", "police", PURPOSE), 400, "size", "range-1-100");
        assertProblem(
                api.get("/api/v1/registrants?nationality=ZZZ", "police", PURPOSE),
                400,
                "nationality",
                "iso-3166-alpha-3");
        assertProblem(api.get("/api/v1/registrants/not-a-uuid", "police", PURPOSE), 400, "id", "type");
        assertThat(api.get("/api/v1/registrants/" + java.util.UUID.randomUUID() + "/history", "police", PURPOSE)
                        .status())
                .isEqualTo(404);

        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void aPossibleDuplicateIsRefusedWithItsCandidatesUnlessTheClerkConfirmsAnotherPerson() {
        String given = TestNames.unique();
        String passport = "P" + (10_000_000 + (long) (Math.random() * 89_999_999));
        String first = api.post(
                        "/api/v1/registrants",
                        "clerk",
                        aRegistrant()
                                .named("CHANN", given)
                                .bornOn("1980-05-06")
                                .passport(passport, "KHM")
                                .json())
                .json()
                .get("id")
                .asString();

        ApiClient.Reply sameDocument = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .with("familyName", "Other")
                        .passport(
                                passport.charAt(0) + " " + passport.substring(1, 4) + "-"
                                        + passport.substring(4).toLowerCase(),
                                "KHM")
                        .json());
        ApiClient.Reply sameNameAndBirth = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named(given.toUpperCase(), "chann")
                        .bornOn("1980-05-06")
                        .json());
        ApiClient.Reply confirmed = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named("CHANN", given)
                        .bornOn("1980-05-06")
                        .confirmedDistinct("Different father's name on the judgment")
                        .json());

        for (ApiClient.Reply refused : List.of(sameDocument, sameNameAndBirth)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("candidateIds").toString()).contains(first);
        }
        assertThat(confirmed.status()).isEqualTo(201);
        String second = confirmed.json().get("id").asString();
        assertThat(api.get("/api/v1/registrants/" + second + "/history", "clerk", PURPOSE)
                        .json()
                        .get("entries")
                        .get(0)
                        .get("reason")
                        .asString())
                .contains("Different father's name")
                .contains(first);
    }

    @Test
    void theSamePersonEnteredByClerksAtOnceIsRegisteredOnceAndTheOthersAreToldOfTheCandidate() throws Exception {
        for (int round = 0; round < 5; round++) {
            String given = TestNames.unique();
            String passport = "Q" + (10_000_000 + (long) (Math.random() * 89_999_999));
            String body = aRegistrant()
                    .named("SOK", given)
                    .bornOn("1975")
                    .passport(passport, "KHM")
                    .json();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<ApiClient.Reply>> replies = new java.util.ArrayList<>();
            try (var clerks = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
                for (int clerk = 0; clerk < 4; clerk++) {
                    replies.add(clerks.submit(() -> {
                        go.await();
                        return api.post("/api/v1/registrants", "clerk", body);
                    }));
                }
                go.countDown();
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var reply : replies) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses)
                    .as("round %d", round)
                    .containsOnly(201, 409)
                    .filteredOn(status -> status == 201)
                    .hasSize(1);
        }
    }

    @Test
    void onlyClerksWriteCourtFactsOnlyPoliceRecordAddressesAndBorderOfficersSeeNothing() {
        String id = registerConvictedAndAdmitted();
        String path = "/api/v1/registrants/" + id;
        Snapshot before = snapshot(id);

        assertThat(api.post(path + "/convictions", "police", conviction("\"caseNumber\":\"9/2025\""))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(path + "/custody-events", "police", """
                {"type":"RELEASED","effectiveDate":"2026-01-01","sourceDocument":"x"}""").status()).isEqualTo(403);
        assertThat(api.put(path, "police", identity("\"reason\":\"x\""), "\"3\"")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(path + "/addresses", "clerk", """
                {"kind":"RESIDENCE","line":"St 1","country":"KHM","validFrom":"2026-05-01"}""").status()).isEqualTo(403);
        assertThat(api.post(path + "/verifications", "clerk", """
                {"verifiedOn":"2026-06-01","outcome":"CONFIRMED_AT_ADDRESS"}""").status()).isEqualTo(403);
        // Border officers get the identity view of one record (see SecurityIT), never history, lists or statutes.
        for (String read : List.of(path + "/history", "/api/v1/registrants", "/api/v1/statutes")) {
            ApiClient.Reply border = api.get(read, "border", PURPOSE);
            assertThat(border.status()).as(read).isEqualTo(403);
            assertThat(border.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.post(path + "/addresses", "border", """
                {"kind":"RESIDENCE","line":"St 1","country":"KHM","validFrom":"2026-05-01"}""").status()).isEqualTo(403);
        assertProblem(api.get(path + "/history", "police", null), 400, "X-Purpose", "required");
        assertProblem(api.get("/api/v1/registrants", "police", null), 400, "X-Purpose", "required");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void theListIsPagedAndFilteredByNamePrefixNationalityAndCustodyStatus() {
        String family = TestNames.unique();
        List<String> ids = new ArrayList<>();
        for (String given : List.of("Dara", "Darah", "Sophea")) {
            ids.add(api.post(
                            "/api/v1/registrants",
                            "clerk",
                            aRegistrant()
                                    .named(family, given)
                                    .nationalities(given.equals("Sophea") ? "THA" : "KHM")
                                    .json())
                    .json()
                    .get("id")
                    .asString());
        }
        api.post("/api/v1/registrants/" + ids.get(0) + "/custody-events", "clerk", """
                {"type":"ADMITTED","effectiveDate":"2026-01-01","sourceDocument":"Court order"}""");

        JsonNode all = api.get("/api/v1/registrants?namePrefix=" + family.toLowerCase() + "&size=2", "police", PURPOSE)
                .json();
        JsonNode secondPage = api.get("/api/v1/registrants?namePrefix=" + family + "&size=2&page=1", "police", PURPOSE)
                .json();
        JsonNode dara = api.get("/api/v1/registrants?namePrefix=" + family + "%20dar", "clerk", PURPOSE)
                .json();
        JsonNode thai = api.get("/api/v1/registrants?namePrefix=" + family + "&nationality=tha", "police", PURPOSE)
                .json();
        JsonNode held = api.get(
                        "/api/v1/registrants?namePrefix=" + family + "&custodyStatus=IN_CUSTODY", "police", PURPOSE)
                .json();

        assertThat(all.get("totalElements").asLong()).isEqualTo(3);
        assertThat(all.get("totalPages").asLong()).isEqualTo(2);
        assertThat(all.get("items")).hasSize(2);
        assertThat(secondPage.get("items")).hasSize(1);
        assertThat(dara.get("totalElements").asLong()).isEqualTo(2);
        assertThat(thai.get("items").get(0).get("id").asString()).isEqualTo(ids.get(2));
        assertThat(thai.get("totalElements").asLong()).isEqualTo(1);
        assertThat(held.get("items").get(0).get("id").asString()).isEqualTo(ids.get(0));
        assertThat(held.get("totalElements").asLong()).isEqualTo(1);
    }

    private String registerConvictedAndAdmitted() {
        String id = api.post(
                        "/api/v1/registrants",
                        "clerk",
                        aRegistrant()
                                .named("KEO", TestNames.unique())
                                .bornOn("1975")
                                .nationalities("KHM")
                                .json())
                .json()
                .get("id")
                .asString();
        assertThat(api.post(
                                "/api/v1/registrants/" + id + "/convictions",
                                "clerk",
                                conviction("\"caseNumber\":\"1/2025\""))
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/registrants/" + id + "/custody-events", "clerk", """
                {"type":"ADMITTED","effectiveDate":"2025-06-03","sourceDocument":"Prey Sar admission"}""")
                        .status())
                .isEqualTo(201);
        return id;
    }

    /** A valid conviction body with {@code override} (one or more JSON members) replacing the defaults. */
    private static String conviction(String override) {
        JsonMapper json = JsonMapper.builder().build();
        var body = (tools.jackson.databind.node.ObjectNode) json.readTree("""
                {"court":"Phnom Penh Municipal Court","caseNumber":"77/2025","judgmentDate":"2025-06-02","offenceId":"KHM-2008-42",
                 "victimMinor":true,"country":"KHM","sentenceMonths":24}""");
        body.setAll((tools.jackson.databind.node.ObjectNode) json.readTree("{" + override + "}"));
        return body.toString();
    }

    /** The person of the journey as the clerk enters them, before the date of birth and the reason. */
    private static RegistrantRequestBuilder sokSokha(String given, String passport) {
        return aRegistrant()
                .named("SOK", given)
                .originalScriptName("សុខ សុខា")
                .alias("SOK", "Sokhar", "1970")
                .aliasFullName("សុខា ធំ")
                .with("placeOfBirth", "Battambang")
                .passport(passport, "KHM", "2030-01-31")
                .with("phoneNumbers", List.of("+855 12 345 678"))
                .with("physicalDescription", Map.of("heightCm", 172, "distinguishingMarks", "scar on left hand"));
    }

    private static String identity(String override) {
        JsonMapper json = JsonMapper.builder().build();
        var body = (tools.jackson.databind.node.ObjectNode) json.readTree(aRegistrant()
                .named("KEO", "Changed")
                .bornOn("1975")
                .nationalities("KHM")
                .json());
        body.setAll((tools.jackson.databind.node.ObjectNode) json.readTree("{" + override + "}"));
        return body.toString();
    }

    private record Snapshot(
            long version,
            int history,
            int outbox,
            int convictions,
            int custodyEvents,
            int addresses,
            String familyName) {}

    private Snapshot snapshot(String id) {
        java.util.UUID uuid = java.util.UUID.fromString(id);
        return new Snapshot(
                jdbc.sql("select version from registry.registrant where id = :id")
                        .param("id", uuid)
                        .query(Long.class)
                        .single(),
                count("history_entry where registrant_id = :id", uuid),
                count("outbox_event where event_key = :key", uuid),
                count("conviction where registrant_id = :id", uuid),
                count("custody_event where registrant_id = :id", uuid),
                count("address where registrant_id = :id", uuid),
                jdbc.sql("select given_names from registry.registrant where id = :id")
                        .param("id", uuid)
                        .query(String.class)
                        .single());
    }

    private int count(String fromWhere, java.util.UUID id) {
        return jdbc.sql("select count(*) from registry." + fromWhere)
                .param("id", id)
                .param("key", id.toString())
                .query(Integer.class)
                .single();
    }

    private static void assertProblem(ApiClient.Reply reply, int status, String field, String rule) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").toString())
                .as(reply.body())
                .contains("\"field\":\"" + field + "\"")
                .contains("\"rule\":\"" + rule + "\"");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = RegistrantJourneyIT.class.getResourceAsStream("/schemas/registrant-state.v1.json")) {
            return registry.getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
