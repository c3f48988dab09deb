package org.opensor.registry.api.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RegistrantApiIT extends WithTestAccounts {

    @Test
    void aCourtClerkRegistersAPersonAndTheEventReachesKafkaWithCloudEventHeaders() {
        ApiClient.Reply reply = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named("SOK", "Sokha " + TestNames.unique())
                        .originalScriptName("សុខ សុខា")
                        .bornOn("1971-03")
                        .nationalities("KHM")
                        // other tests register the same Khmer name and month: the duplicate check rightly asks
                        .with("confirmedDistinctPerson", true)
                        .json());

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode body = reply.json();
        String id = body.get("id").asString();
        assertThat(reply.raw().headers().firstValue("Location")).hasValue("/api/v1/registrants/" + id);
        assertThat(reply.raw().headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(body.get("originalScriptName").asString()).isEqualTo("សុខ សុខា");
        assertThat(body.get("createdBy").asString()).isEqualTo("clerk");

        try (RegistrantEvents events = new RegistrantEvents()) {
            var record = events.await(r -> id.equals(r.key()), Duration.ofSeconds(30));
            assertThat(RegistrantEvents.headers(record))
                    .containsEntry(CloudEventHeaders.TYPE, RegistrantEventTypes.REGISTERED_V1)
                    .containsEntry(CloudEventHeaders.SOURCE, "/registry-api")
                    .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                    .containsEntry(CloudEventHeaders.SUBJECT, id)
                    .containsEntry(CloudEventHeaders.CONTENT_TYPE, "application/json")
                    .containsKeys(CloudEventHeaders.ID, CloudEventHeaders.TIME);
            RegistrantStateV1 state = EventCodec.read(record.value(), RegistrantStateV1.class);
            assertThat(state.familyName()).isEqualTo("SOK");
            assertThat(state.dateOfBirth()).isEqualTo("1971-03");
            assertThat(state.nationalities()).containsExactly("KHM");
            assertThat(state.version()).isEqualTo(1);
        }
        assertThat(jdbc.sql(
                                "select count(*) from registry.outbox_event where event_key = :k and published_at is not null")
                        .param("k", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void readingBackNeedsAPurpose() {
        String id = api.post(
                        "/api/v1/registrants",
                        "clerk",
                        aRegistrant().named("CHANN", "Dara").json())
                .json()
                .get("id")
                .asString();

        ApiClient.Reply withoutPurpose = api.get("/api/v1/registrants/" + id, "police", null);
        ApiClient.Reply withPurpose = api.get("/api/v1/registrants/" + id, "police", "CASE-2026-0042 travel check");

        assertThat(withoutPurpose.status()).isEqualTo(400);
        assertThat(withoutPurpose.contentType()).startsWith("application/problem+json");
        assertThat(withoutPurpose.json().get("errors").get(0).get("field").asString())
                .isEqualTo("X-Purpose");
        assertThat(withPurpose.status()).isEqualTo(200);
        assertThat(withPurpose.json().get("familyName").asString()).isEqualTo("CHANN");
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsWritten() {
        int before = count();

        ApiClient.Reply missing = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant().without("familyName").with("givenNames", "Sokha").json());
        ApiClient.Reply badCountry = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant().nationalities("KHM", "XYZ").json());
        ApiClient.Reply badDate = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant().bornOn("1971-02-30").json());
        ApiClient.Reply futureDate = api.post(
                "/api/v1/registrants", "clerk", aRegistrant().bornOn("2999").json());
        ApiClient.Reply badSex = api.post(
                "/api/v1/registrants", "clerk", aRegistrant().sex("YES").json());
        ApiClient.Reply notJson = api.post("/api/v1/registrants", "clerk", "{familyName:");

        assertProblem(missing, "familyName", "NotBlank");
        assertProblem(badCountry, "nationalities[1]", "iso-3166-alpha-3");
        assertProblem(badDate, "dateOfBirth", "calendar-date");
        assertProblem(futureDate, "dateOfBirth", "not-in-future");
        assertProblem(badSex, "sex", "type");
        assertProblem(notJson, "body", "json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyCourtClerksRegisterAndStrangersMustLogIn() {
        String person = aRegistrant().json();

        ApiClient.Reply police = api.post("/api/v1/registrants", "police", person);
        ApiClient.Reply border = api.post("/api/v1/registrants", "border", person);
        ApiClient.Reply anonymous = api.post("/api/v1/registrants", null, person);

        assertThat(police.status()).isEqualTo(403);
        assertThat(police.contentType()).startsWith("application/problem+json");
        assertThat(border.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        // border officers may read the identity view of a record (need to know), so an unknown id is simply not found
        assertThat(api.get("/api/v1/registrants/" + java.util.UUID.randomUUID(), "border", "CASE-1 border check at PNH")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesEveryRegistrantRoute() {
        ApiClient.Reply docs = api.get("/v3/api-docs", null, null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains(
                        "/api/v1/registrants",
                        "/api/v1/registrants/{id}",
                        "/api/v1/registrants/{id}/convictions",
                        "/api/v1/registrants/{id}/custody-events",
                        "/api/v1/registrants/{id}/addresses",
                        "/api/v1/registrants/{id}/verifications",
                        "/api/v1/registrants/{id}/history",
                        "/api/v1/statutes");
    }

    private void assertProblem(ApiClient.Reply reply, String field, String rule) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("field").asString()).as(reply.body()).isEqualTo(field);
        assertThat(error.get("rule").asString()).as(reply.body()).isEqualTo(rule);
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private int count() {
        return jdbc.sql("select count(*) from registry.registrant")
                .query(Integer.class)
                .single();
    }
}
