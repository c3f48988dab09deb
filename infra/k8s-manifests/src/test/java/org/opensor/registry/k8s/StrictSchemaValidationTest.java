package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The validator refuses what a cluster would drop or reject: a misspelt field, a wrong type, an unknown kind. */
class StrictSchemaValidationTest {

    private static SchemaCatalog catalog;

    /** Per test, so that each is reported skipped with the reason where the schemas are absent. */
    @BeforeEach
    void loadSchemas() {
        Assumptions.assumeTrue(Repository.schemas().isPresent(), Repository.schemasMissingMessage());
        if (catalog == null) {
            catalog = new SchemaCatalog(Repository.schemas().orElseThrow());
        }
    }

    @Test
    void aValidDeploymentPasses() {
        assertThat(catalog.violations(deployment("replicas: 2", "runAsNonRoot: true")))
                .isEmpty();
    }

    @Test
    void aMisspeltDeploymentFieldFails() {
        assertThat(catalog.violations(deployment("replica: 2", "runAsNonRoot: true")))
                .anySatisfy(v -> assertThat(v).contains("replica"));
    }

    @Test
    void aMisspeltFieldDeepInThePodTemplateFails() {
        assertThat(catalog.violations(deployment("replicas: 2", "runAsNonRoute: true")))
                .anySatisfy(v -> assertThat(v).contains("runAsNonRoute"));
    }

    @Test
    void aWrongTypeFails() {
        assertThat(catalog.violations(deployment("replicas: two", "runAsNonRoot: true")))
                .anySatisfy(v -> assertThat(v).contains("replicas"));
    }

    @Test
    void aMisspeltFieldInACustomResourceFails() {
        assertThat(catalog.violations(topic("partition: 3")))
                .anySatisfy(v -> assertThat(v).contains("partition"));
        assertThat(catalog.violations(topic("partitions: 3"))).isEmpty();
    }

    @Test
    void aWrongTypeInACustomResourceFails() {
        assertThat(catalog.violations(topic("partitions: three")))
                .anySatisfy(v -> assertThat(v).contains("partitions"));
    }

    @Test
    void aMisspeltMetadataFieldOfACustomResourceFails() {
        JsonNode topic = Yaml.documents("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: t
                  lables: { strimzi.io/cluster: c }
                spec:
                  partitions: 3
                """).getFirst();
        assertThat(catalog.violations(topic)).anySatisfy(v -> assertThat(v).contains("lables"));
    }

    @Test
    void aMisspeltFieldInTheElasticsearchPodTemplateFails() {
        JsonNode elasticsearch = Yaml.documents("""
                apiVersion: elasticsearch.k8s.elastic.co/v1
                kind: Elasticsearch
                metadata: { name: es }
                spec:
                  version: 9.5.0
                  nodeSets:
                    - name: default
                      count: 3
                      podTemplate:
                        spec:
                          containers:
                            - name: elasticsearch
                              resource: { requests: { memory: 4Gi } }
                """).getFirst();
        assertThat(catalog.violations(elasticsearch))
                .anySatisfy(v -> assertThat(v).contains("resource"));
    }

    @Test
    void aRetiredApiVersionHasNoSchemaAndFails() {
        JsonNode topic = Yaml.documents("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaTopic
                metadata: { name: t }
                spec: { partitions: 3 }
                """).getFirst();
        assertThat(catalog.violations(topic)).singleElement().asString().contains("no schema");
    }

    @Test
    void anIntOrStringFieldTakesBothButNotAnObject() {
        assertThat(catalog.violations(pdb("minAvailable: 1"))).isEmpty();
        assertThat(catalog.violations(pdb("minAvailable: 50%"))).isEmpty();
        assertThat(catalog.violations(pdb("minAvailable: { count: 1 }"))).isNotEmpty();
    }

    private static JsonNode deployment(String replicas, String nonRoot) {
        return Yaml.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: { name: d }
                spec:
                  %s
                  selector: { matchLabels: { app: d } }
                  template:
                    metadata: { labels: { app: d } }
                    spec:
                      securityContext:
                        %s
                      containers:
                        - name: c
                          image: i
                """.formatted(replicas, nonRoot)).getFirst();
    }

    private static JsonNode topic(String partitions) {
        return Yaml.documents("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: { name: t, labels: { strimzi.io/cluster: c } }
                spec:
                  %s
                  replicas: 3
                """.formatted(partitions)).getFirst();
    }

    private static JsonNode pdb(String minAvailable) {
        return Yaml.documents("""
                apiVersion: policy/v1
                kind: PodDisruptionBudget
                metadata: { name: p }
                spec:
                  %s
                  selector: { matchLabels: { app: d } }
                """.formatted(minAvailable)).getFirst();
    }
}
