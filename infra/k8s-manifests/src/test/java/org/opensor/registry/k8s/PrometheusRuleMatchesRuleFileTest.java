package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The alert rules exist once: the cluster's PrometheusRule carries exactly the rule file's groups. */
class PrometheusRuleMatchesRuleFileTest {

    @Test
    void thePrometheusRuleHoldsTheRuleFilesGroups() {
        JsonNode ruleFile = Yaml.document(Repository.ROOT.resolve("infra/observability/rules/opensor-alerts.yml"));
        JsonNode prometheusRule =
                Yaml.document(Repository.ROOT.resolve("infra/k8s/base/monitoring/prometheusrule.yaml"));
        assertThat(prometheusRule.path("spec"))
                .as(
                        "infra/k8s/base/monitoring/prometheusrule.yaml spec must equal infra/observability/rules/opensor-alerts.yml;"
                                + " copy the groups over")
                .isEqualTo(ruleFile);
    }
}
