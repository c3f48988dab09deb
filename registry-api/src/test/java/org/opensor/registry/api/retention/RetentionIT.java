package org.opensor.registry.api.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.WithTestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** The retention job removes a sealed charge after its period, and reports counts that name nobody. */
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
}
