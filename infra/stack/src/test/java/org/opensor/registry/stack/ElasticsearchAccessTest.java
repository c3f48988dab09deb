package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

class ElasticsearchAccessTest {

    @Test
    void theUsersFileHoldsAHashElasticsearchCanCheckAndNeverThePassword() throws Exception {
        String users = ElasticsearchAccess.usersFile(user -> "secret-of-" + user);

        assertThat(users.lines()).hasSize(ElasticsearchAccess.USERS.size());
        assertThat(users).doesNotContain("secret-of-");
        String hash = users.lines()
                .filter(line -> line.startsWith(ElasticsearchAccess.REGISTRY_API + ":"))
                .findFirst()
                .orElseThrow()
                .substring(ElasticsearchAccess.REGISTRY_API.length() + 1);
        // Elasticsearch's Hasher: "{PBKDF2}" cost "$" base64(32-byte salt) "$" base64(256-bit key), HMAC-SHA512
        assertThat(hash).matches("\\{PBKDF2}10000\\$[A-Za-z0-9+/]{43}=\\$[A-Za-z0-9+/]{43}=");
        String[] parts = hash.substring("{PBKDF2}".length()).split("\\$");
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(
                        "secret-of-registry-api".toCharArray(),
                        Base64.getDecoder().decode(parts[1]),
                        Integer.parseInt(parts[0]),
                        256))
                .getEncoded();
        assertThat(Base64.getEncoder().encodeToString(key)).isEqualTo(parts[2]);
    }

    @Test
    void eachPrincipalHasItsOwnRoleAndOnlyTheAdministratorIsSuperUser() {
        assertThat(ElasticsearchAccess.usersRolesFile().lines())
                .containsExactlyInAnyOrder(
                        "superuser:opensor-admin",
                        "registrant-index-writer:search-indexer",
                        "registrant-index-reader:registry-api",
                        "registrant-snapshots:opensor-drill",
                        "cluster-health:opensor-monitor");
        // every role a user has is defined in roles.yml (superuser is Elasticsearch's own)
        ElasticsearchAccess.ROLE_OF.values().stream()
                .filter(role -> !role.equals("superuser"))
                .forEach(role -> assertThat(ElasticsearchAccess.rolesFile()).contains("\n" + role + ":\n"));
    }

    @Test
    void aServiceReachesElasticsearchOverHttpsAsItsOwnUserTrustingTheInstallsAuthority() {
        Map<String, String> env = ElasticsearchAccess.serviceEnvironment(
                "https://127.0.0.1:19200", "registry-api", "pw", Path.of("/state/pki/ca.pem"));

        assertThat(env)
                .containsEntry("SPRING_ELASTICSEARCH_USERNAME", "registry-api")
                .containsEntry("SPRING_ELASTICSEARCH_RESTCLIENT_SSL_BUNDLE", ElasticsearchAccess.TRUST_BUNDLE)
                .containsEntry("SPRING_SSL_BUNDLE_PEM_ELASTICSEARCH_TRUSTSTORE_CERTIFICATE", "file:/state/pki/ca.pem");
    }
}
