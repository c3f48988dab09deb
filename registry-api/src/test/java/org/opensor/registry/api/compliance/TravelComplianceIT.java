package org.opensor.registry.api.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.api.security.Role;
import org.opensor.registry.matching.document.mrz.Td3Builder;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The travel-compliance loop, driven by the day the job is run for (no sleeps): a registrant seen leaving and not seen
 * back becomes an overdue-return task for the police of their district; a declared departure never seen a no-show; an
 * overdue verification makes them non-compliant with a task. The officer assigns and closes with a reason.
 */
@IntegrationTest
class TravelComplianceIT extends WithTestAccounts {

    static final String DISTRICT = "Compliance Test District";

    @Autowired
    TravelCompliance job;

    @Autowired
    ElasticsearchClient elasticsearch;

    String registrant;
    String passport;
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void aRegistrantLivingInTheDistrict() throws IOException {
        TestAccounts.ensureInUnit(jdbc, encoder, "district-officer", Role.POLICE_OFFICER, DISTRICT);
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        passport = "N" + (10_000_000 + (long) (Math.random() * 89_999_999));
        registrant = registeredByTheClerk(aRegistrant()
                .named("VANNARITH", "Sopheak")
                .bornOn("1972-08-09")
                .nationalities("KHM")
                .passport(passport, "KHM", "2031-02-28")
                .confirmedDistinct("Judgment 9/2026 received from the court")
                .json());
        assertThat(api.post("/api/v1/registrants/" + registrant + "/addresses", "police", """
                {"kind":"RESIDENCE","line":"St 271, house 8","district":"%s","province":"Phnom Penh","country":"KHM",
                 "validFrom":"2026-01-01"}""".formatted(DISTRICT))
                        .status())
                .isEqualTo(201);
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(registrant));
    }

    @Test
    void aRegistrantSeenLeavingAndNotBackByTheDeclaredReturnBecomesAnOverdueReturnTask() {
        String notice = declare(today, today.plusDays(10));
        String mrz = Td3Builder.of("VANNARITH", "SOPHEAK", passport, "KHM", "720809", 'M', "310228");
        assertThat(api.post("/api/v1/screenings", "border", """
                {"mrz":"%s","borderPost":"PNH","direction":"DEPARTURE"}""".formatted(mrz.replace("\n", "\\n")))
                        .status())
                .isEqualTo(200);

        TravelCompliance.Report beforeReturn = job.reconcileAsOf(dayAt(today.plusDays(10)));
        TravelCompliance.Report overdue = job.reconcileAsOf(dayAt(today.plusDays(13)));
        TravelCompliance.Report again = job.reconcileAsOf(dayAt(today.plusDays(14)));

        assertThat(tasksOf("OVERDUE_RETURN"))
                .as("not before the tolerance; once after it")
                .hasSize(1);
        assertThat(tasksOf("NO_SHOW")).as("the exit was seen").isEmpty();
        assertThat(beforeReturn.ran()).isTrue();
        assertThat(overdue.overdueReturns()).isGreaterThanOrEqualTo(1);
        assertThat(again.overdueReturns()).isZero();
        JsonNode task = myTasks().getFirst();
        assertThat(task.get("kind").asString()).isEqualTo("OVERDUE_RETURN");
        assertThat(task.get("sourceKey").asString()).isEqualTo(notice);
        assertThat(task.get("owningUnit").asString()).isEqualTo(DISTRICT);
        assertThat(task.get("dueBy").asString())
                .isEqualTo(today.plusDays(13 + 7).toString());

        ApiClient.Reply assigned = api.post(
                "/api/v1/compliance-tasks/" + task.get("id").asString() + "/assignment",
                "district-officer",
                "{\"officer\":\"police\"}");
        ApiClient.Reply closed =
                api.post("/api/v1/compliance-tasks/" + task.get("id").asString() + "/closure", "police", """
                {"reason":"PERSON_LOCATED","note":"Returned by land at Bavet on day 12; crossing not screened"}""");
        ApiClient.Reply nobody = api.post(
                "/api/v1/compliance-tasks/" + task.get("id").asString() + "/assignment",
                "district-officer",
                "{\"officer\":\"border\"}");

        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("state").asString()).isEqualTo("ASSIGNED");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("closureReason").asString()).isEqualTo("PERSON_LOCATED");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("errors").get(0).get("rule").asString()).isEqualTo("police-officer");
        assertThat(myTasks()).as("closed tasks leave the list").isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from registry.audit_event where action like '%/api/v1/compliance-tasks%' and actor = 'district-officer'")
                        .query(Long.class)
                        .single())
                .as("every read and change audited")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aDeclaredDepartureNeverSeenAtTheBorderBecomesANoShowTask() {
        declare(today.plusDays(1), today.plusDays(5));

        job.reconcileAsOf(dayAt(today.plusDays(2)));
        assertThat(tasksOf("NO_SHOW")).as("inside the tolerance").isEmpty();
        job.reconcileAsOf(dayAt(today.plusDays(4)));

        assertThat(tasksOf("NO_SHOW")).hasSize(1);
        assertThat(tasksOf("OVERDUE_RETURN"))
                .as("never left: the no-show covers it")
                .isEmpty();
    }

    @Test
    void anOverdueVerificationMakesTheRegistrantNonCompliantAndOpensATask() {
        assertThat(api.post("/api/v1/registrants/" + registrant + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"9/2026","judgmentDate":"2026-01-10","offenceId":"KHM-2008-43",
                 "victimMinor":true,"country":"KHM","sentenceMonths":6}""")
                        .status())
                .isEqualTo(201);
        LocalDate due = jdbc.sql("select next_verification_due from registry.registrant where id = cast(:id as uuid)")
                .param("id", registrant)
                .query(LocalDate.class)
                .single();

        job.reconcileAsOf(dayAt(due.plusDays(1)));

        assertThat(tasksOf("OVERDUE_VERIFICATION")).hasSize(1);
        assertThat(jdbc.sql("select compliance_status from registry.registrant where id = cast(:id as uuid)")
                        .param("id", registrant)
                        .query(String.class)
                        .single())
                .isEqualTo("NON_COMPLIANT");
    }

    @Test
    void aRegistrationNearItsComputedEndOpensOneDeregistrationReview() {
        assertThat(api.post("/api/v1/registrants/" + registrant + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"10/2026","judgmentDate":"2026-01-10","offenceId":"KHM-2008-43",
                 "victimMinor":true,"country":"KHM","sentenceMonths":6}""")
                        .status())
                .isEqualTo(201);
        // The policy's end for this tier is decades away: the test moves it, the job is what is under test.
        jdbc.sql("update registry.registrant set registration_ends_on = :end where id = cast(:id as uuid)")
                .param("end", today.plusDays(40))
                .param("id", registrant)
                .update();

        job.reconcileAsOf(dayAt(today));
        assertThat(tasksOf("DEREGISTRATION_REVIEW"))
                .as("40 days ahead: not yet")
                .isEmpty();
        job.reconcileAsOf(dayAt(today.plusDays(12)));
        job.reconcileAsOf(dayAt(today.plusDays(13)));

        assertThat(tasksOf("DEREGISTRATION_REVIEW")).hasSize(1);
    }

    private String declare(LocalDate departure, LocalDate returning) {
        ApiClient.Reply declared =
                api.post("/api/v1/registrants/" + registrant + "/travel-notices", "police", """
                {"departureDate":"%s","returnDate":"%s","departurePoint":"PNH","legs":[{"country":"THA","pointOfArrival":"BKK","carrier":"PG 932"}],
                 "purpose":"Visit relatives","documentType":"PASSPORT","documentNumber":"%s","reason":"Declared at the district police station"}
                """.formatted(
                                departure, returning, passport));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return declared.json().get("id").asString();
    }

    private List<String> tasksOf(String kind) {
        return jdbc.sql(
                        "select id::text from registry.compliance_task where registrant_id = cast(:r as uuid) and kind = :k")
                .param("r", registrant)
                .param("k", kind)
                .query(String.class)
                .list();
    }

    /** The district officer's open tasks on this test's registrant (the district's list holds the other tests' too). */
    private List<JsonNode> myTasks() {
        ApiClient.Reply listed = api.get(
                "/api/v1/compliance-tasks?size=100", "district-officer", "CASE-2026-0099 travel compliance review");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<JsonNode> mine = new java.util.ArrayList<>();
        listed.json().get("items").forEach(item -> {
            if (item.get("registrantId").asString().equals(registrant)) {
                mine.add(item);
            }
        });
        return mine;
    }

    private static Instant dayAt(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
