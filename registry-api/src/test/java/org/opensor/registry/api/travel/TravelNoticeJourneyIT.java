package org.opensor.registry.api.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeCancelledV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6 item 1 as a police officer would try it: a trip declared in good time and a late one, an amendment with
 * If-Match, a cancellation; each in the registrant's history and on {@code registry.travel.v1} in order, in the shape
 * the notification worker reads; bad input refused with a problem naming every field.
 */
@IntegrationTest
class TravelNoticeJourneyIT extends WithTestAccounts {

    private static final String PURPOSE = "CASE-2026-0077 travel notice review";

    @Test
    void aPoliceOfficerDeclaresAmendsAndCancelsTripsAndTheWorkerSeesEachInOrder() {
        String id = registrant();
        String notices = "/api/v1/registrants/" + id + "/travel-notices";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        ApiClient.Reply inTime =
                api.post(notices, "police", trip(today.plusDays(30), today.plusDays(40), "THA", "BKK"));
        assertThat(inTime.status()).as(inTime.body()).isEqualTo(201);
        assertThat(inTime.json().get("late").asBoolean()).isFalse();
        assertThat(inTime.raw().headers().firstValue("ETag")).hasValue("\"1\"");
        String first = inTime.json().get("id").asString();

        ApiClient.Reply late = api.post(notices, "police", trip(today.plusDays(5), null, "VNM", "SGN"));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().get("late").asBoolean()).isTrue();
        String second = late.json().get("id").asString();

        String amendedTrip = trip(today.plusDays(31), today.plusDays(45), "THA", "DMK");
        ApiClient.Reply noIfMatch = api.put(notices + "/" + first, "police", amendedTrip, null);
        assertThat(noIfMatch.status()).isEqualTo(428);
        ApiClient.Reply stale = api.put(notices + "/" + first, "police", amendedTrip, "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        ApiClient.Reply amended = api.put(notices + "/" + first, "police", amendedTrip, "\"1\"");
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(amended.json().get("version").asLong()).isEqualTo(2);
        assertThat(amended.json().get("legs").get(0).get("pointOfArrival").asString())
                .isEqualTo("DMK");
        assertThat(amended.json().get("late").asBoolean()).isFalse();

        ApiClient.Reply cancelled = api.post(notices + "/" + second + "/cancellation", "police", """
                {"reason":"Trip called off by the registrant"}""");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asString()).isEqualTo("CANCELLED");
        ApiClient.Reply again = api.post(notices + "/" + second + "/cancellation", "police", """
                {"reason":"twice"}""");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");

        ApiClient.Reply listed = api.get(notices, "clerk", PURPOSE);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().get("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get(notices, "clerk", null).status()).isEqualTo(400);
        assertThat(api.post(notices, "clerk", trip(today.plusDays(30), null, "THA", "BKK"))
                        .status())
                .isEqualTo(403);

        JsonNode history = api.get("/api/v1/registrants/" + id + "/history", "police", PURPOSE)
                .json();
        List<String> actions =
                history.findValues("action").stream().map(JsonNode::asString).toList();
        assertThat(actions)
                .containsSubsequence(
                        "TRAVEL_NOTICE_DECLARED",
                        "TRAVEL_NOTICE_DECLARED",
                        "TRAVEL_NOTICE_AMENDED",
                        "TRAVEL_NOTICE_CANCELLED");

        Schema declaredSchema = schema("travel-notice-declared.v1.json");
        Schema cancelledSchema = schema("travel-notice-cancelled.v1.json");
        try (RegistrantEvents events = new RegistrantEvents(Topics.TRAVEL)) {
            events.await(
                    r -> id.equals(r.key())
                            && TravelEventTypes.NOTICE_CANCELLED_V1.equals(
                                    RegistrantEvents.header(r, CloudEventHeaders.TYPE)),
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> mine =
                    events.seen().stream().filter(r -> id.equals(r.key())).toList();
            assertThat(mine)
                    .extracting(r -> RegistrantEvents.header(r, CloudEventHeaders.TYPE))
                    .containsExactly(
                            TravelEventTypes.NOTICE_DECLARED_V1,
                            TravelEventTypes.NOTICE_DECLARED_V1,
                            TravelEventTypes.NOTICE_AMENDED_V1,
                            TravelEventTypes.NOTICE_CANCELLED_V1);
            assertThat(mine)
                    .allSatisfy(r -> assertThat(RegistrantEvents.header(r, CloudEventHeaders.ID))
                            .isNotBlank());
            TravelNoticeDeclaredV1 declared = EventCodec.read(mine.get(0).value(), TravelNoticeDeclaredV1.class);
            assertThat(declared.noticeId().toString()).isEqualTo(first);
            assertThat(declared.registrantId().toString()).isEqualTo(id);
            assertThat(declared.legs())
                    .extracting(TravelNoticeDeclaredV1.Leg::country)
                    .containsExactly("THA");
            assertThat(declared.late()).isFalse();
            assertThat(EventCodec.read(mine.get(1).value(), TravelNoticeDeclaredV1.class)
                            .late())
                    .isTrue();
            assertThat(EventCodec.read(mine.get(2).value(), TravelNoticeDeclaredV1.class)
                            .legs()
                            .getFirst()
                            .pointOfArrival())
                    .isEqualTo("DMK");
            TravelNoticeCancelledV1 cancel = EventCodec.read(mine.get(3).value(), TravelNoticeCancelledV1.class);
            assertThat(cancel.noticeId().toString()).isEqualTo(second);
            JsonMapper json = JsonMapper.builder().build();
            for (int i = 0; i < 3; i++) {
                assertThat(declaredSchema.validate(json.readTree(mine.get(i).value())))
                        .isEmpty();
            }
            assertThat(cancelledSchema.validate(json.readTree(mine.get(3).value())))
                    .isEmpty();
        }
    }

    @Test
    void badTripsAreRefusedWithAProblemNamingEachField() {
        String id = registrant();
        String notices = "/api/v1/registrants/" + id + "/travel-notices";
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        ApiClient.Reply backwards =
                api.post(notices, "police", trip(today.minusDays(2), today.minusDays(5), "XYZ", "BKK"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.contentType()).startsWith("application/problem+json");
        assertThat(backwards.json().get("errors").findValues("field").stream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactlyInAnyOrder("legs[0].country");
        ApiClient.Reply dates = api.post(notices, "police", trip(today.minusDays(2), today.minusDays(5), "THA", "BKK"));
        assertThat(dates.status()).isEqualTo(400);
        assertThat(dates.json().get("errors").findValues("field").stream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactlyInAnyOrder("departureDate", "returnDate");
        ApiClient.Reply noLegs = api.post(notices, "police", """
                {"departureDate":"%s","legs":[],"purpose":"visit","documentType":"PASSPORT","documentNumber":"N1"}""".formatted(today.plusDays(30)));
        assertThat(noLegs.status()).isEqualTo(400);
        assertThat(noLegs.json().get("errors").findValues("field").stream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("legs");
        ApiClient.Reply missing = api.post(notices, "police", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValues("field").stream()
                        .map(JsonNode::asString)
                        .toList())
                .contains("departureDate", "legs", "purpose", "documentType", "documentNumber");
        assertThat(api.get(notices, "police", PURPOSE)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    private String registrant() {
        ApiClient.Reply created = api.post(
                "/api/v1/registrants",
                "clerk",
                aRegistrant()
                        .named("CHAN", "Dara " + TestNames.unique())
                        .bornOn("1969-04-02")
                        .nationalities("KHM")
                        .passport("N" + (10_000_000 + (long) (Math.random() * 89_999_999)), "KHM", "2031-01-31")
                        .json());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String trip(LocalDate departure, LocalDate returning, String country, String arrival) {
        return """
                {"departureDate":"%s",%s"departurePoint":"PNH","legs":[{"country":"%s","pointOfArrival":"%s","carrier":"PG 932"}],
                 "purpose":"Visit relatives","documentType":"PASSPORT","documentNumber":"N1234567","addressAbroad":"12 Sukhumvit Soi 4, Bangkok",
                 "reason":"Declared at the district police station"}""".formatted(
                        departure, returning == null ? "" : "\"returnDate\":\"" + returning + "\",", country, arrival);
    }

    private static Schema schema(String name) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = TravelNoticeJourneyIT.class.getResourceAsStream("/schemas/" + name)) {
            return registry.getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
