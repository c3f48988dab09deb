package org.opensor.registry.testservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensor.registry.events.Topics;
import org.opensor.registry.stack.LocalCertificateAuthority;

/**
 * The servers every integration test uses (the local stack's, started by infra/stack) take TLS clients only: a client
 * without TLS is refused even with the right password, one trusting another authority refuses the server, and the
 * clients the tests and services use check the server's certificate and name (issue 28, item 2).
 */
class PlaintextRefusedIT {

    private static TestServices.Endpoints servers;

    @TempDir
    static Path otherInstall;

    @BeforeAll
    static void servers() {
        servers = TestServices.get();
        assumeTrue(servers.kafkaRequiresLogin(), "Testcontainers' servers run without TLS: nothing to prove here");
    }

    @Test
    void aPostgresClientWithoutTlsIsRefusedEvenWithTheRightPassword() {
        String plaintext = withoutParameters(servers.jdbcUrl()) + "?sslmode=disable";

        assertThatThrownBy(() -> DriverManager.getConnection(plaintext, servers.jdbcUser(), servers.jdbcPassword())
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("no encryption");
    }

    @Test
    void thePostgresClientsOfTheTestsAndServicesCheckTheCertificateAndNameAndAreEncrypted() throws Exception {
        assertThat(servers.jdbcUrl()).contains("sslmode=verify-full").contains("sslrootcert=");

        try (Connection connection =
                        DriverManager.getConnection(servers.jdbcUrl(), servers.jdbcUser(), servers.jdbcPassword());
                Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select ssl, version from pg_stat_ssl where pid = pg_backend_pid()")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getBoolean("ssl")).isTrue();
            assertThat(row.getString("version")).isEqualTo("TLSv1.3");
        }
    }

    @Test
    void aPostgresClientTrustingAnotherAuthorityRefusesTheServer() {
        Path foreign = LocalCertificateAuthority.ensure(otherInstall.resolve("pki"), Clock.systemUTC())
                .certificateFile();
        String url = withoutParameters(servers.jdbcUrl()) + "?sslmode=verify-full&sslrootcert="
                + URLEncoder.encode(foreign.toString(), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DriverManager.getConnection(url, servers.jdbcUser(), servers.jdbcPassword())
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("SSL");
    }

    @Test
    void aKafkaClientWithoutTlsIsRefusedEvenWithTheRightPassword() {
        Map<String, Object> plaintext = new HashMap<>(servers.kafkaAdminClient());
        plaintext.keySet().removeIf(key -> key.startsWith("ssl."));
        plaintext.put("security.protocol", "SASL_PLAINTEXT");
        try (Admin admin = Admin.create(patient(plaintext))) {
            // the broker expects a TLS handshake and drops the connection: the client never learns a topic name
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aKafkaClientTrustingAnotherAuthorityRefusesTheBroker() {
        Map<String, Object> config = new HashMap<>(servers.kafkaAdminClient());
        config.put(
                "ssl.truststore.location",
                LocalCertificateAuthority.ensure(otherInstall.resolve("pki"), Clock.systemUTC())
                        .certificateFile()
                        .toString());
        try (Admin admin = Admin.create(patient(config))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }

    @Test
    void theKafkaClientsOfTheTestsAndServicesUseTlsAndCheckTheBrokersName() throws Exception {
        Map<String, Object> config = servers.kafkaAdminClient();
        assertThat(config)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("ssl.endpoint.identification.algorithm", "https");
        assertThat(servers.kafkaEnvironment("search-indexer"))
                .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:" + servers.trustedCertificate());

        try (Admin admin = Admin.create(config)) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(Topics.REGISTRANTS);
        }
    }

    private static Map<String, Object> patient(Map<String, Object> config) {
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        return config;
    }

    private static String withoutParameters(String jdbcUrl) {
        return jdbcUrl.replaceFirst("\\?.*$", "");
    }
}
