package org.opensor.registry.api.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.console.ConsolePermissionIT;
import org.opensor.registry.api.console.language.ConsoleDates;
import tools.jackson.databind.JsonNode;

/**
 * Issue 25 item 6: the registrant list at 10,000 registrants. Filters (registration status, tier, compliance,
 * custody, overdue verification), sorting and pages with counts, through the API and the console, each counted
 * with the restriction rule (five of the people are restricted to a unit the officer is not in).
 */
@IntegrationTest
class RegistrantListIT extends WithTestAccounts {

    private static final int PEOPLE = 10_000;
    private static final String PURPOSE = "CASE-2026-0610 caseload review";
    private static final String[] COMPLIANCE = {"PENDING_FIRST_VERIFICATION", "COMPLIANT", "NON_COMPLIANT"};

    private String family;
    private LocalDate today;

    @BeforeEach
    void tenThousandRegistrants() {
        family = "Lst" + TestNames.unique().toLowerCase();
        today = LocalDate.now(java.time.ZoneOffset.UTC);
        // One statement: person i has tier i%3, is ENDED when i%10 == 0, compliance (i/3)%3, in custody when i%7 == 0,
        // and a verification due (i%50 - 10) days from today, so overdue when i%50 < 10.
        jdbc.sql("""
                insert into registry.registrant (id, version, family_name, given_names, date_of_birth, sex, name_key, custody_status,
                    registration_tier, registration_status, registration_starts_on, next_verification_due, compliance_status,
                    created_at, created_by, updated_at)
                select gen_random_uuid(), 1, :family, 'G' || lpad(i::text, 5, '0'), (1950 + i % 40)::text || '-01-01', 'MALE',
                       'g' || lpad(i::text, 5, '0') || ' ' || lower(:family),
                       case when i % 7 = 0 then 'IN_CUSTODY' else 'NOT_IN_CUSTODY' end,
                       'TIER_' || (i % 3 + 1), case when i % 10 = 0 then 'ENDED' else 'ACTIVE' end, cast(:today as date) - 400,
                       cast(:today as date) + (i % 50 - 10), (array['PENDING_FIRST_VERIFICATION','COMPLIANT','NON_COMPLIANT'])[(i / 3) % 3 + 1],
                       now() - i * interval '1 second', 'clerk', now()
                from generate_series(1, :people) i
                """)
                .param("family", family)
                .param("today", java.sql.Date.valueOf(today))
                .param("people", PEOPLE)
                .update();
        jdbc.sql("""
                insert into registry.registrant_restriction (registrant_id, unit, set_by, set_at)
                select id, 'UNIT-LIST-X', 'admin', now() from registry.registrant where family_name = :family and given_names <= 'G00005'
                """).param("family", family).update();
    }

    @Test
    void filtersCountTheWholeRegistryAndLeaveOutRestrictedRecords() {
        JsonNode all = list("");
        assertThat(all.get("totalElements").asLong())
                .as("10,000 less the five restricted")
                .isEqualTo(PEOPLE - 5);
        assertThat(all.get("totalPages").asLong()).isEqualTo((PEOPLE - 5 + 99) / 100);

        JsonNode narrowed = list(
                "&registrationStatus=ACTIVE&tier=TIER_2&complianceStatus=NON_COMPLIANT&custodyStatus=NOT_IN_CUSTODY");
        assertThat(narrowed.get("totalElements").asLong())
                .isEqualTo(expected(i -> i % 10 != 0 && i % 3 == 1 && (i / 3) % 3 == 2 && i % 7 != 0));

        JsonNode overdue = list("&verificationOverdue=true&sort=VERIFICATION_DUE");
        assertThat(overdue.get("totalElements").asLong()).isEqualTo(expected(i -> i % 10 != 0 && i % 50 < 10));
        for (JsonNode item : overdue.get("items")) {
            assertThat(item.get("verificationOverdue").asBoolean()).isTrue();
            assertThat(LocalDate.parse(item.get("nextVerificationDue").asString()))
                    .isBefore(today);
        }
    }

    @Test
    void pagesFollowTheChosenOrderWithoutRepeatingAnyone() {
        List<String> names = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            list("&sort=NAME&page=" + page)
                    .get("items")
                    .forEach(item -> names.add(item.get("givenNames").asString()));
        }
        assertThat(names).hasSize(300).doesNotHaveDuplicates().isSorted().startsWith("G00006", "G00007");

        List<LocalDate> due = new ArrayList<>();
        list("&sort=VERIFICATION_DUE")
                .get("items")
                .forEach(item ->
                        due.add(LocalDate.parse(item.get("nextVerificationDue").asString())));
        assertThat(due).isSorted().first().isEqualTo(today.minusDays(10));
    }

    @Test
    void eachListAnswersQuicklyAtThisSize() {
        for (String query : List.of(
                "",
                "&sort=NAME&page=50",
                "&verificationOverdue=true&sort=VERIFICATION_DUE",
                "&tier=TIER_3&complianceStatus=COMPLIANT")) {
            long started = System.nanoTime();
            list(query);
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf(
                    "registrant list of %d, %s: %d ms%n", PEOPLE, query.isEmpty() ? "no filter" : query, millis);
            assertThat(millis).as("list %s", query).isLessThan(3_000);
        }
    }

    @Test
    void theConsoleListFlagsOverdueVerificationsAndKeepsFiltersAcrossPages() throws Exception {
        ConsolePermissionIT.Session police = ConsolePermissionIT.Session.signIn(port, "police", TestAccounts.PASSWORD);
        police.statePurpose();

        String page = police.get(
                        "/console/registrants?namePrefix=" + family + "&overdue=true&sort=VERIFICATION_DUE&tier=TIER_1")
                .body();

        long count = expected(i -> i % 10 != 0 && i % 50 < 10 && i % 3 == 0);
        assertThat(page)
                .contains("Showing 1 to 20 of " + String.format("%,d", count) + " registrants")
                .contains("Verification overdue since "
                        + new ConsoleDates(ZoneId.of("UTC"))
                                .date(today.minusDays(9), Locale.ENGLISH)) // i % 50 == 0 is always ENDED
                .contains("registry-row--overdue")
                .contains("namePrefix=" + family
                        + "&amp;tier=TIER_1&amp;overdue=true&amp;sort=VERIFICATION_DUE&amp;page=1");
    }

    private JsonNode list(String query) {
        ApiClient.Reply reply = api.get("/api/v1/registrants?size=100&namePrefix=" + family + query, "police", PURPOSE);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static long expected(java.util.function.IntPredicate matches) {
        return java.util.stream.IntStream.rangeClosed(6, PEOPLE).filter(matches).count();
    }
}
