package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.api.security.Role;

/**
 * The police officer's compliance task list in the console: their unit's task with its deadline (overdue marked),
 * assigned and closed with a reason from the page, a form without a reason told in words, the page in Khmer, and every
 * step audited.
 */
@IntegrationTest
class ConsoleComplianceTasksIT extends WithTestAccounts {

    private static final String UNIT = "Console Compliance District";

    @Test
    void anOfficerAssignsAndClosesTheirUnitsOverdueTaskFromThePage() throws Exception {
        TestAccounts.ensureInUnit(jdbc, encoder, "console-district-officer", Role.POLICE_OFFICER, UNIT);
        String registrant =
                registeredByTheClerk("""
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"1975-04-02","sex":"MALE","nationalities":["KHM"],
                 "confirmedDistinctPerson":true}""".formatted("T" + TestNames.unique().toUpperCase()));
        UUID task = UUID.randomUUID();
        String detail = "declared return on 2026-11-20 passed with no entry seen " + TestNames.unique();
        jdbc.sql("""
                        insert into registry.compliance_task (id, registrant_id, kind, source_key, owning_unit, detail, due_by, state,
                            version, opened_by, opened_at)
                        values (:id, cast(:registrant as uuid), 'OVERDUE_RETURN', :source, :unit, :detail, :dueBy, 'OPEN', 1,
                            'travel-compliance', :at)""")
                .param("id", task)
                .param("registrant", registrant)
                .param("source", task.toString())
                .param("unit", UNIT)
                .param("detail", detail)
                .param("dueBy", LocalDate.now().minusDays(2))
                .param("at", Timestamp.from(Instant.now()))
                .update();
        ConsolePermissionIT.Session officer =
                ConsolePermissionIT.Session.signIn(port, "console-district-officer", TestAccounts.PASSWORD);
        officer.statePurpose();

        String list = officer.get("/console/compliance-tasks").body();
        HttpResponse<String> noReason = officer.post(
                "/console/compliance-tasks/" + task + "/closure", Map.of("reason", "", "note", "Seen at home"));
        HttpResponse<String> assigned = officer.post(
                "/console/compliance-tasks/" + task + "/assignment", Map.of("officer", "police", "version", "1"));
        String afterAssignment = officer.get("/console/compliance-tasks").body();
        HttpResponse<String> closed = officer.post(
                "/console/compliance-tasks/" + task + "/closure",
                Map.of("reason", "PERSON_LOCATED", "note", "Returned by land at Bavet; crossing not screened"));

        assertThat(list)
                .contains(detail)
                .contains("Overdue return: no entry seen after the declared return")
                .contains(">Overdue<")
                .contains("/console/registrants/" + registrant);
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("Choose why the task is closed.");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(302);
        assertThat(afterAssignment).contains("The task was assigned.").contains("to police");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(302);
        Map<String, Object> row = jdbc.sql(
                        "select state, closure_reason, closed_by, assigned_to from registry.compliance_task where id = :id")
                .param("id", task)
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("state", "CLOSED")
                .containsEntry("closure_reason", "PERSON_LOCATED")
                .containsEntry("closed_by", "console-district-officer")
                .containsEntry("assigned_to", "police");
        assertThat(officer.get("/console/compliance-tasks").body())
                .as("closed tasks leave the list")
                .doesNotContain(detail);
        assertThat(officer.get("/console/compliance-tasks?includeClosed=true").body())
                .contains(detail)
                .contains("Person located");

        officer.post("/console/language", Map.of("language", "km"));
        assertThat(officer.get("/console/compliance-tasks?includeClosed=true").body())
                .contains("កិច្ចការអនុលោមភាព")
                .contains("បានរកឃើញបុគ្គល");
        assertThat(jdbc.sql("select count(*) from registry.audit_event where actor = 'console-district-officer'"
                                + " and action like '%/console/compliance-tasks%'")
                        .query(Long.class)
                        .single())
                .as("every list, assignment and closure audited")
                .isGreaterThanOrEqualTo(6);
    }
}
