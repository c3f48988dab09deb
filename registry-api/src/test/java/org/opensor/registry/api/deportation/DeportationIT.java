package org.opensor.registry.api.deportation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.compliance.TravelCompliance;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.DeportationOrderedV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.matching.document.mrz.Td3Builder;
import org.springframework.beans.factory.annotation.Autowired;

/** A deportation order tells the state of nationality; the exit seen closes it; no exit by the due date raises the overdue event. */
@IntegrationTest
class DeportationIT extends WithTestAccounts {

    @Autowired
    TravelCompliance job;

    @Autowired
    ElasticsearchClient elasticsearch;

    String registrant;
    String passport;
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void aBritishNationalInPrison() throws IOException {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        passport = "5" + (10_000_000 + (long) (Math.random() * 89_999_999));
        registrant = registeredByTheClerk(aRegistrant()
                .named("ASHCROFT", "Nigel")
                .bornOn("1958-03-30")
                .nationalities("GBR")
                .passport(passport, "GBR", "2031-02-28")
                .confirmedDistinct("Judgment 31/2024 received from the court")
                .json());
        assertThat(api.post("/api/v1/registrants/" + registrant + "/custody-events", "clerk", """
                {"type":"ADMITTED","effectiveDate":"2024-06-03","sourceDocument":"Prey Sar admission 2024/0613","facility":"Prey Sar"}""")
                        .status())
                .isEqualTo(201);
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(registrant));
    }

    @Test
    void theOrderTellsTheStateOfNationalityAndNoExitByTheDueDateIsOverdue() {
        ApiClient.Reply ordered = order(today.plusDays(3));
        ApiClient.Reply refused =
                api.post("/api/v1/registrants/" + registrant + "/deportation-orders", "clerk", """
                {"orderReference":"x","orderedOn":"%s","dueBy":"%s","rationale":"x"}""".formatted(
                                today, today.minusDays(1)));

        assertThat(ordered.status()).as(ordered.body()).isEqualTo(201);
        DeportationOrderedV1 event = events(TravelEventTypes.DEPORTATION_ORDERED_V1, DeportationOrderedV1.class)
                .getFirst();
        assertThat(event.nationalities()).containsExactly("GBR");
        assertThat(event.itinerary().borderPost()).isEqualTo("PNH");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("rule").asString()).isEqualTo("not-before-order");

        job.reconcileAsOf(today.plusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC));
        assertThat(overdueEvents()).as("not before the due date has passed").isZero();
        job.reconcileAsOf(today.plusDays(4).atTime(12, 0).toInstant(ZoneOffset.UTC));
        job.reconcileAsOf(today.plusDays(5).atTime(12, 0).toInstant(ZoneOffset.UTC));

        assertThat(overdueEvents()).as("once").isEqualTo(1);
        assertThat(state()).isEqualTo("OVERDUE");
    }

    @Test
    void theExitSeenAtTheBorderClosesTheOrder() {
        order(today.plusDays(3));
        String mrz = Td3Builder.of("ASHCROFT", "NIGEL", passport, "GBR", "580330", 'M', "310228");
        assertThat(api.post("/api/v1/screenings", "border", """
                {"mrz":"%s","borderPost":"PNH","direction":"DEPARTURE"}""".formatted(mrz.replace("\n", "\\n")))
                        .status())
                .isEqualTo(200);

        job.reconcileAsOf(today.plusDays(5).atTime(12, 0).toInstant(ZoneOffset.UTC));

        assertThat(state()).isEqualTo("EXECUTED");
        assertThat(overdueEvents()).isZero();
    }

    private ApiClient.Reply order(LocalDate dueBy) {
        return api.post("/api/v1/registrants/" + registrant + "/deportation-orders", "clerk", """
                {"orderReference":"Order 12/2026, Ministry of Interior","orderedOn":"%s","dueBy":"%s",
                 "rationale":"Sentence served; foreign national convicted of a sexual offence against a child",
                 "itinerary":{"departureDate":"%s","borderPost":"PNH","carrier":"TG 585","destination":"GBR"}}
                """.formatted(
                        today, dueBy, today.plusDays(1)));
    }

    private String state() {
        return jdbc.sql("select state from registry.deportation_order where registrant_id = cast(:r as uuid)")
                .param("r", registrant)
                .query(String.class)
                .single();
    }

    private long overdueEvents() {
        return jdbc.sql("select count(*) from registry.outbox_event where event_key = :k and event_type = :t")
                .param("k", registrant)
                .param("t", TravelEventTypes.DEPORTATION_OVERDUE_V1)
                .query(Long.class)
                .single();
    }

    private <T> List<T> events(String type, Class<T> payload) {
        return jdbc
                .sql(
                        "select payload::text from registry.outbox_event where event_key = :k and topic = :topic and event_type = :t order by position")
                .param("k", registrant)
                .param("topic", Topics.TRAVEL)
                .param("t", type)
                .query(String.class)
                .list()
                .stream()
                .map(json -> EventCodec.read(json.getBytes(StandardCharsets.UTF_8), payload))
                .toList();
    }
}
