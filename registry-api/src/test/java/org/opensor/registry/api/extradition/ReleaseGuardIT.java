package org.opensor.registry.api.extradition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import tools.jackson.databind.JsonNode;

/**
 * A foreign national in prison is wanted by Thailand: the request is assessed with its reasons, and the release the
 * clerk records raises the guard before the release itself is published.
 */
@IntegrationTest
class ReleaseGuardIT extends WithTestAccounts {

    String registrant;
    String path;

    @BeforeEach
    void aThaiNationalInPrison() {
        registrant = registeredByTheClerk(aRegistrant()
                .named("SRISAKUL", "Anan")
                .bornOn("1975-02-14")
                .nationalities("THA")
                .confirmedDistinct("Judgment 77/2025 received from the court")
                .json());
        path = "/api/v1/registrants/" + registrant;
        assertThat(api.post(path + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"77/2025","judgmentDate":"2025-06-02","offenceId":"KHM-2008-43",
                 "victimMinor":true,"country":"KHM","sentenceMonths":24}""").status()).isEqualTo(201);
        assertThat(api.post(path + "/custody-events", "clerk", """
                {"type":"ADMITTED","effectiveDate":"2025-06-03","sourceDocument":"Prey Sar admission 2025/0613","facility":"Prey Sar"}""").status()).isEqualTo(201);
    }

    @Test
    void anExtraditionRequestTurnsTheReleaseIntoAGuardAlertFirst() {
        ApiClient.Reply requested = api.post("/api/v1/foreign-requests", "clerk", """
                {"subjectId":"%s","kind":"EXTRADITION_REQUEST","requestingState":"THA","offence":"Sexual intercourse with a child under 15",
                 "mappedOffenceId":"KHM-2008-43","foreignMaxPenaltyMonths":240,"reference":"OAG 55/2026","interpolNotice":"A-1234/5-2026",
                 "receivedOn":"2026-10-01"}""".formatted(registrant));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);

        ApiClient.Reply released = api.post(path + "/custody-events", "clerk", """
                {"type":"RELEASED","effectiveDate":"2026-12-01","sourceDocument":"Prey Sar release 2026/1201"}""");

        assertThat(released.status()).as(released.body()).isEqualTo(201);
        List<String> types = jdbc.sql(
                        "select event_type from registry.outbox_event where event_key like :k and topic = :t order by position")
                .param("k", registrant + "%")
                .param("t", Topics.REGISTRANTS)
                .query(String.class)
                .list();
        assertThat(types.subList(types.size() - 2, types.size()))
                .as("the guard before the release")
                .containsExactly(
                        RegistrantEventTypes.RELEASE_GUARD_RAISED_V1, RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1);
        ReleaseGuardRaisedV1 guard = guards().getFirst();
        assertThat(guard.release()).isEqualTo("RELEASE");
        assertThat(guard.scheduledOn()).hasToString("2026-12-01");
        assertThat(guard.requests()).singleElement().satisfies(r -> {
            assertThat(r.requestingState()).isEqualTo("THA");
            assertThat(r.interpolNotice()).isEqualTo("A-1234/5-2026");
        });
    }

    @Test
    void theAssessmentGivesEachCriterionWithItsReason() {
        JsonNode assessment = api.post("/api/v1/foreign-requests", "clerk", """
                {"subjectId":"%s","kind":"INTERPOL_RED_NOTICE","requestingState":"FRA","offence":"Viol sur mineur de quinze ans",
                 "mappedOffenceId":"KHM-2008-43","foreignMaxPenaltyMonths":240,"reference":"PARQUET 2026/118","receivedOn":"2026-10-01"}
                """.formatted(registrant))
                .json()
                .get("assessment");

        assertThat(criterion(assessment, "double-criminality").get("finding").asString())
                .isEqualTo("MET");
        assertThat(criterion(assessment, "treaty").get("finding").asString()).isEqualTo("NOT_MET");
        assertThat(criterion(assessment, "nationality").get("reason").asString())
                .contains("not a Khmer citizen");
        assertThat(criterion(assessment, "minimum-penalty").get("finding").asString())
                .as("article 43: one to three years")
                .isEqualTo("MET");
        assertThat(criterion(assessment, "minimum-penalty").get("reason").asString())
                .contains("36 months in Cambodia");
        assertThat(assessment.get("outcome").asString()).isEqualTo("MAY_BE_EXTRADITED");
    }

    @Test
    void noOpenRequestNoGuardAndAClosedRequestNoLonger() {
        String id = api.post("/api/v1/foreign-requests", "clerk", """
                {"subjectId":"%s","kind":"EXTRADITION_REQUEST","requestingState":"THA","offence":"x","reference":"OAG 1/2026",
                 "receivedOn":"2026-10-01"}""".formatted(registrant))
                .json()
                .get("request")
                .get("id")
                .asString();
        ApiClient.Reply closed = api.post("/api/v1/foreign-requests/" + id + "/closure", "clerk", """
                {"closedOn":"2026-11-01","reason":"request withdrawn by Thailand"}""");

        api.post(path + "/custody-events", "clerk", """
                {"type":"RELEASED","effectiveDate":"2026-12-01","sourceDocument":"Prey Sar release 2026/1201"}""");

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(guards()).isEmpty();
    }

    @Test
    void anUnknownPersonOrAForeignOffenceIsRefusedByName() {
        ApiClient.Reply refused = api.post("/api/v1/foreign-requests", "clerk", """
                {"subjectId":"00000000-0000-0000-0000-000000000001","kind":"EXTRADITION_REQUEST","requestingState":"THA","offence":"x",
                 "reference":"r","receivedOn":"2026-10-01"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("subjectId");
        assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("known-person");
    }

    private static JsonNode criterion(JsonNode assessment, String name) {
        for (JsonNode c : assessment.get("criteria")) {
            if (c.get("name").asString().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no criterion " + name + " in " + assessment);
    }

    private List<ReleaseGuardRaisedV1> guards() {
        return jdbc
                .sql(
                        "select payload::text from registry.outbox_event where event_key like :k and event_type = :type order by position")
                .param("k", registrant + "%")
                .param("type", RegistrantEventTypes.RELEASE_GUARD_RAISED_V1)
                .query(String.class)
                .list()
                .stream()
                .map(json -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), ReleaseGuardRaisedV1.class))
                .toList();
    }
}
