package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.TopicSettings;
import org.opensor.registry.events.Topics;
import org.opensor.registry.k8s.KustomizeBuild.Resource;
import tools.jackson.databind.JsonNode;

/** What an operations team expects of the rendered manifests beyond their schemas: hardening, topics, least privilege. */
class ManifestsPolicyTest {

    private static final Set<String> SERVICES = Set.of("registry-api", "notification-worker", "search-indexer");
    private final List<Resource> resources =
            KustomizeBuild.render(Repository.ROOT.resolve("infra/k8s/overlays/production"));

    @Test
    void everyServiceRunsHardenedWithProbesResourcesAServiceAndADisruptionBudget() {
        List<Resource> deployments = ofKind("Deployment");
        assertThat(deployments).extracting(Resource::name).containsExactlyInAnyOrderElementsOf(SERVICES);
        for (Resource deployment : deployments) {
            JsonNode pod = deployment.manifest().path("spec").path("template").path("spec");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true))
                    .as("token automount " + deployment)
                    .isFalse();
            assertThat(pod.path("serviceAccountName").asString()).isEqualTo(deployment.name());
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean())
                    .as("runAsNonRoot " + deployment)
                    .isTrue();
            assertThat(pod.path("securityContext")
                            .path("seccompProfile")
                            .path("type")
                            .asString())
                    .isEqualTo("RuntimeDefault");
            for (JsonNode container : pod.path("containers")) {
                JsonNode security = container.path("securityContext");
                assertThat(security.path("readOnlyRootFilesystem").asBoolean())
                        .as("read-only root " + deployment)
                        .isTrue();
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true))
                        .as("escalation " + deployment)
                        .isFalse();
                assertThat(security.path("capabilities").path("drop"))
                        .extracting(JsonNode::asString)
                        .containsExactly("ALL");
                assertThat(container
                                .path("livenessProbe")
                                .path("httpGet")
                                .path("path")
                                .asString())
                        .isEqualTo("/actuator/health/liveness");
                assertThat(container
                                .path("readinessProbe")
                                .path("httpGet")
                                .path("path")
                                .asString())
                        .isEqualTo("/actuator/health/readiness");
                assertThat(container.path("resources").path("requests").has("memory"))
                        .isTrue();
                assertThat(container.path("resources").path("limits").has("memory"))
                        .isTrue();
                assertThat(container.path("volumeMounts"))
                        .anySatisfy(
                                m -> assertThat(m.path("mountPath").asString()).isEqualTo("/tmp"));
                assertThat(container.path("image").asString()).as("pinned tag").endsWith(":0.1.0");
            }
            assertThat(pod.path("volumes"))
                    .anySatisfy(v -> assertThat(v.has("emptyDir")
                                    && v.path("name").asString().equals("tmp"))
                            .isTrue());
            assertThat(named("Service", deployment.name()))
                    .as("Service for " + deployment)
                    .isNotNull();
            assertThat(named("PodDisruptionBudget", deployment.name()))
                    .as("PDB for " + deployment)
                    .isNotNull();
            assertThat(named("ServiceAccount", deployment.name())
                            .manifest()
                            .path("automountServiceAccountToken")
                            .asBoolean(true))
                    .isFalse();
        }
        assertThat(named("Deployment", "registry-api")
                        .manifest()
                        .path("spec")
                        .path("replicas")
                        .asInt())
                .as("overlay's replicas")
                .isEqualTo(3);
        assertThat(resources)
                .allSatisfy(r -> assertThat(r.kind().equals("Namespace")
                                || "opensor"
                                        .equals(r.manifest()
                                                .path("metadata")
                                                .path("namespace")
                                                .asString()))
                        .as("namespace of " + r)
                        .isTrue());
    }

    @Test
    void secretsAreReferencedNeverInlined() {
        assertThat(ofKind("Secret")).isEmpty();
        for (Resource deployment : ofKind("Deployment")) {
            for (JsonNode container : deployment
                    .manifest()
                    .path("spec")
                    .path("template")
                    .path("spec")
                    .path("containers")) {
                for (JsonNode env : container.path("env")) {
                    String name = env.path("name").asString();
                    if (name.matches(".*(PASSWORD|SECRET|_KEY)$")) {
                        assertThat(env.path("valueFrom").has("secretKeyRef"))
                                .as(name + " of " + deployment + " from a Secret")
                                .isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theNamespaceDeniesEverythingByDefault() {
        JsonNode deny = named("NetworkPolicy", "default-deny-all").manifest().path("spec");
        assertThat(deny.path("podSelector").isEmpty()).isTrue();
        assertThat(deny.path("policyTypes"))
                .extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.has("ingress") || deny.has("egress")).isFalse();
    }

    @Test
    void everyTopicOfTheEventContractsHasAKafkaTopicAndConsumedOnesADeadLetterTopic() throws IllegalAccessException {
        Map<String, JsonNode> topics = ofKind("KafkaTopic").stream()
                .collect(Collectors.toMap(
                        t -> t.manifest().path("spec").path("topicName").asString(),
                        t -> t.manifest().path("spec")));
        List<String> contractTopics = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                contractTopics.add((String) field.get(null));
            }
        }
        assertThat(topics.keySet()).containsAll(contractTopics).contains("registry.audit-checkpoints.v1");
        for (String consumed : List.of(Topics.REGISTRANTS, Topics.TRAVEL, Topics.ALERTS)) {
            assertThat(topics).containsKey(Topics.deadLetter(consumed));
        }
        assertThat(topics.get(Topics.REGISTRANTS)
                        .path("config")
                        .path("cleanup.policy")
                        .asString())
                .isEqualTo("compact");
        topics.forEach((name, spec) -> {
            if (!"compact".equals(spec.path("config").path("cleanup.policy").asString())) {
                assertThat(spec.path("config").has("retention.ms"))
                        .as("explicit retention of " + name)
                        .isTrue();
            }
            assertThat(spec.path("replicas").asInt()).as("replicas of " + name).isEqualTo(3);
        });
    }

    @Test
    void everyKafkaTopicKeepsWhatTheTopicContractSaysAndNothingElse() {
        Map<String, JsonNode> topics = ofKind("KafkaTopic").stream()
                .collect(Collectors.toMap(
                        t -> t.manifest().path("spec").path("topicName").asString(),
                        t -> t.manifest().path("spec")));
        assertThat(topics.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        TopicSettings.ALL.stream().map(TopicSettings::name).toList());
        for (TopicSettings settings : TopicSettings.ALL) {
            Map<String, String> config = new java.util.HashMap<>();
            topics.get(settings.name())
                    .path("config")
                    .properties()
                    .forEach(e -> config.put(e.getKey(), e.getValue().asString()));
            // min.insync.replicas belongs to the cluster's size, not to the topic's contract
            config.remove("min.insync.replicas");
            assertThat(config).as("config of " + settings.name()).isEqualTo(settings.config());
        }
    }

    @Test
    void eachServiceHasItsOwnKafkaUserWithLeastPrivilege() {
        List<Resource> users = ofKind("KafkaUser");
        assertThat(users).extracting(Resource::name).containsExactlyInAnyOrderElementsOf(SERVICES);
        Set<String> topicNames = ofKind("KafkaTopic").stream()
                .map(t -> t.manifest().path("spec").path("topicName").asString())
                .collect(Collectors.toSet());
        for (Resource user : users) {
            assertThat(user.manifest()
                            .path("spec")
                            .path("authentication")
                            .path("type")
                            .asString())
                    .isEqualTo("scram-sha-512");
            for (JsonNode acl :
                    user.manifest().path("spec").path("authorization").path("acls")) {
                List<String> operations = StreamSupport.stream(
                                acl.path("operations").spliterator(), false)
                        .map(JsonNode::asString)
                        .toList();
                assertThat(operations)
                        .as("operations of " + user)
                        .isSubsetOf(Arrays.asList("Read", "Write", "Describe"));
                JsonNode resource = acl.path("resource");
                switch (resource.path("type").asString()) {
                    case "topic" ->
                        assertThat(topicNames)
                                .as("topic ACL of " + user)
                                .contains(resource.path("name").asString());
                    case "group" ->
                        assertThat(resource.path("name").asString())
                                .as("its own group prefix")
                                .isEqualTo(user.name());
                    default -> throw new AssertionError(user + " has an ACL on " + resource);
                }
            }
        }
        JsonNode kafka = ofKind("Kafka").getFirst().manifest().path("spec").path("kafka");
        assertThat(kafka.path("authorization").path("type").asString()).isEqualTo("simple");
        assertThat(kafka.path("listeners"))
                .allSatisfy(l -> assertThat(l.path("tls").asBoolean()).isTrue());
        assertThat(kafka.path("listeners"))
                .anySatisfy(
                        l -> assertThat(l.path("authentication").path("type").asString())
                                .isEqualTo("scram-sha-512"));
        assertThat(ofKind("KafkaNodePool")
                        .getFirst()
                        .manifest()
                        .path("spec")
                        .path("replicas")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void theRealmHasTheFiveRolesAMachineClientAndCjisLockout() {
        JsonNode realm =
                ofKind("KeycloakRealmImport").getFirst().manifest().path("spec").path("realm");
        // the five people's roles, and the machine client's own
        assertThat(realm.path("roles").path("realm"))
                .extracting(r -> r.path("name").asString())
                .containsExactlyInAnyOrder(
                        "court-clerk",
                        "police-officer",
                        "border-officer",
                        "registry-admin",
                        "auditor",
                        "border-agency-system");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isEqualTo(5);
        assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isEqualTo(1800);
        assertThat(realm.path("clients"))
                .anySatisfy(c ->
                        assertThat(c.path("serviceAccountsEnabled").asBoolean()).isTrue());
        assertThat(realm.path("clients"))
                .allSatisfy(c -> assertThat(c.path("secret").asString("${")).startsWith("${"));
    }

    @Test
    void elasticsearchRunsOnSeveralNodesAndEveryRegistrantIndexGetsOneReplica() {
        JsonNode nodeSets =
                ofKind("Elasticsearch").getFirst().manifest().path("spec").path("nodeSets");
        assertThat(StreamSupport.stream(nodeSets.spliterator(), false)
                        .mapToInt(n -> n.path("count").asInt())
                        .sum())
                .isGreaterThanOrEqualTo(2);
        JsonNode template = Yaml.MAPPER.readTree(named("ConfigMap", "elasticsearch-setup")
                .manifest()
                .path("data")
                .path("registrants-template.json")
                .asString());
        assertThat(template.path("index_patterns"))
                .extracting(JsonNode::asString)
                .containsExactly("registrants*");
        assertThat(template.path("template")
                        .path("settings")
                        .path("index.auto_expand_replicas")
                        .asString())
                .isEqualTo("1-1");
        assertThat(named("Job", "elasticsearch-setup")).isNotNull();
    }

    @Test
    void postgresqlRunsThreeInstancesWithScheduledBackups() {
        Resource cluster = named("Cluster", "opensor-db");
        assertThat(cluster.manifest().path("spec").path("instances").asInt()).isEqualTo(3);
        assertThat(ofKind("ScheduledBackup"))
                .anySatisfy(b -> assertThat(b.manifest()
                                .path("spec")
                                .path("cluster")
                                .path("name")
                                .asString())
                        .isEqualTo("opensor-db"));
    }

    private List<Resource> ofKind(String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    private Resource named(String kind, String name) {
        return resources.stream()
                .filter(r -> r.kind().equals(kind) && r.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
