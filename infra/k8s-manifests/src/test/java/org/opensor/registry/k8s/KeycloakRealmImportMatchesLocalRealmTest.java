package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm exists once in substance: the Keycloak operator's realm import is infra/keycloak/opensor-realm.json (clients,
 * roles, client scopes, user profile, password policy, lockout, sessions) but for what differs per environment: the
 * console's address, TLS required of every client, and no demo users. Client secrets are placeholders both ways.
 */
class KeycloakRealmImportMatchesLocalRealmTest {

    private static final Path LOCAL_REALM = Repository.ROOT.resolve("infra/keycloak/opensor-realm.json");
    private static final Path KEYCLOAK = Repository.ROOT.resolve("infra/k8s/base/identity/keycloak.yaml");
    /** The console's address in the cluster; the local realm names it through a placeholder the stack fills. */
    private static final String CLUSTER_CONSOLE_URL = "https://registry.opensor.example";
    /** Realm settings that may differ: locally Keycloak answers on loopback over HTTP ("external" allows that). */
    private static final Set<String> PER_ENVIRONMENT = Set.of("sslRequired");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    @Test
    void theRealmImportHasTheLocalRealmsClientsRolesScopesPolicyAndLockout() throws IOException {
        JsonNode local =
                JSON.readTree(Files.readString(LOCAL_REALM).replace("${OPENSOR_KC_CONSOLE_URL}", CLUSTER_CONSOLE_URL));

        List<String> differences = new ArrayList<>();
        compare(
                "realm",
                comparable(local),
                comparable(realmImport().path("spec").path("realm")),
                differences);

        assertThat(differences)
                .as(
                        "infra/k8s/base/identity/keycloak.yaml's realm must match infra/keycloak/opensor-realm.json"
                                + " (but for %s, the console URL and demo users)",
                        PER_ENVIRONMENT)
                .isEmpty();
    }

    @Test
    void theClusterRealmRequiresTlsAndHasNoDemoUsers() {
        JsonNode realm = realmImport().path("spec").path("realm");

        assertThat(realm.path("sslRequired").asString()).isEqualTo("all");
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("serviceAccountClientId"))
                    .as("user %s: only service accounts belong in the cluster's realm", user.path("username"))
                    .isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
    }

    @Test
    void everyClientSecretIsAPlaceholderFilledFromAKubernetesSecret() {
        JsonNode spec = realmImport().path("spec");
        int secrets = 0;
        for (JsonNode client : spec.path("realm").path("clients")) {
            if (!client.has("secret")) {
                continue;
            }
            secrets++;
            Matcher placeholder = PLACEHOLDER.matcher(client.path("secret").asString());
            assertThat(placeholder.matches())
                    .as("client %s: its secret must be a ${PLACEHOLDER}", client.path("clientId"))
                    .isTrue();
            JsonNode source =
                    spec.path("placeholders").path(placeholder.group(1)).path("secret");
            assertThat(source.path("name").asString())
                    .as("placeholder %s must come from a Secret", placeholder.group(1))
                    .isNotBlank();
            assertThat(source.path("key").asString()).isNotBlank();
        }
        assertThat(secrets)
                .as("the console and the machine client are confidential")
                .isEqualTo(2);
    }

    private static JsonNode realmImport() {
        return Yaml.documents(KEYCLOAK).stream()
                .filter(d -> "KeycloakRealmImport".equals(d.path("kind").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(KEYCLOAK + " holds no KeycloakRealmImport"));
    }

    /** The realm without per-environment settings and without people: only service accounts are compared. */
    private static JsonNode comparable(JsonNode realm) {
        ObjectNode copy = (ObjectNode) realm.deepCopy();
        PER_ENVIRONMENT.forEach(copy::remove);
        ArrayNode serviceAccounts = JSON.createArrayNode();
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                serviceAccounts.add(user);
            }
        }
        copy.set("users", serviceAccounts);
        return copy;
    }

    /** Collects the paths where the two differ, so a failure names each one instead of printing two realms. */
    private static void compare(String path, JsonNode local, JsonNode cluster, List<String> differences) {
        if (local.isObject() && cluster.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            local.propertyNames().forEach(names::add);
            cluster.propertyNames().forEach(names::add);
            for (String name : names) {
                if (!local.has(name)) {
                    differences.add(path + "." + name + ": only in the cluster's realm");
                } else if (!cluster.has(name)) {
                    differences.add(path + "." + name + ": missing from the cluster's realm");
                } else {
                    compare(path + "." + name, local.get(name), cluster.get(name), differences);
                }
            }
        } else if (local.isArray() && cluster.isArray() && local.size() == cluster.size()) {
            Iterator<JsonNode> l = local.iterator();
            Iterator<JsonNode> c = cluster.iterator();
            for (int i = 0; l.hasNext(); i++) {
                compare(path + "[" + i + "]", l.next(), c.next(), differences);
            }
        } else if (!sameScalar(local, cluster)) {
            differences.add(path + ": " + local + " locally, " + cluster + " in the cluster");
        }
    }

    /** YAML reads 1800 as a number and "1800" as text; the realm means the same by both. */
    private static boolean sameScalar(JsonNode local, JsonNode cluster) {
        if (local.isValueNode() && cluster.isValueNode()) {
            return local.asString().equals(cluster.asString());
        }
        return local.equals(cluster);
    }
}
