package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keycloak as the stack starts it: HTTPS only, with the key store the install's authority issued, TLS 1.3, and no
 * Infinispan cluster (whose listeners would take every interface).
 */
class KeycloakServerTlsTest {

    @TempDir
    Path state;

    @Test
    void keycloakListensOnHttpsOnlyWithTheInstallsCertificateAndFormsNoCluster() {
        StackLayout layout = new StackLayout(StackLayout.findProjectRoot(Path.of("")), state);
        KeycloakServer keycloak =
                new KeycloakServer(layout, 18443, "https://127.0.0.1:8080", new Secrets(state.resolve("secrets")));
        ServerCertificate certificate = new ServerCertificate(
                state.resolve("pki/keycloak"),
                state.resolve("pki/keycloak/server.crt"),
                state.resolve("pki/keycloak/server.key"),
                state.resolve("pki/keycloak/server.p12"));

        List<String> command = keycloak.command(state.resolve("server"), certificate);

        assertThat(command)
                .contains(
                        "--http-enabled=false",
                        "--https-port=18443",
                        "--https-key-store-file=" + certificate.keyStore(),
                        "--https-protocols=TLSv1.3",
                        "--hostname=https://127.0.0.1:18443",
                        "--cache=local")
                .noneMatch(option -> option.startsWith("--http-port"))
                .noneMatch(option -> option.contains("password"));
        assertThat(keycloak.issuer()).isEqualTo("https://127.0.0.1:18443/realms/opensor");
        assertThat(keycloak.trustedCertificate()).isEqualTo(state.resolve("pki/ca.pem"));
    }
}
