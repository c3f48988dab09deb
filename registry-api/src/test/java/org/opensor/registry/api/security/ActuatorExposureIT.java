package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.WithTestAccounts;

/**
 * registry-api's management side as someone else on the host or network meets it (issue 21, finding 4): loopback
 * only, probes learn the status and nothing of PostgreSQL, Kafka or Elasticsearch, the rest is the administrator's.
 */
@IntegrationTest
class ActuatorExposureIT extends WithTestAccounts {

    @Test
    void probesSeeTheStatusOnly() {
        for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
            HttpResponse<String> anonymous = Http.call(port, "GET", probe, null, null, null);
            assertThat(anonymous.statusCode()).as(probe).isEqualTo(200);
            assertThat(anonymous.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        // the overall health names its probe groups, nothing of the servers behind it
        assertThat(Http.call(port, "GET", "/actuator/health", null, null, null).body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "db", "kafka", "elasticsearch");
        assertThat(Http.call(
                                port,
                                "GET",
                                "/actuator/health/readiness",
                                Http.basic("admin", TestAccounts.PASSWORD),
                                null,
                                null)
                        .body())
                .contains("\"db\"", "\"kafka\"", "\"elasticsearch\"");
    }

    @Test
    void everyOtherEndpointNeedsTheAdministrator() {
        for (String path :
                List.of("/actuator/health/db", "/actuator/info", "/actuator/prometheus", "/actuator/metrics")) {
            assertThat(Http.call(port, "GET", path, null, null, null).statusCode())
                    .as(path)
                    .isEqualTo(401);
            assertThat(Http.call(port, "GET", path, Http.basic("police", TestAccounts.PASSWORD), null, null)
                            .statusCode())
                    .as(path)
                    .isEqualTo(403);
        }
        assertThat(Http.call(port, "GET", "/actuator/metrics", Http.basic("admin", TestAccounts.PASSWORD), null, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theAdministratorScrapesTheMetersTheAlertRulesRead() {
        HttpResponse<String> scrape =
                Http.call(port, "GET", "/actuator/prometheus", Http.basic("admin", TestAccounts.PASSWORD), null, null);

        assertThat(scrape.statusCode()).isEqualTo(200);
        // OpenSorOutboxLag and OpenSorAuditVerificationFailed (infra/observability/rules/opensor-alerts.yml)
        assertThat(scrape.body())
                .contains("registry_outbox_oldest_unpublished_age_seconds", "registry_audit_checkpoint_refusals_total");
    }

    @Test
    void itListensOnLoopbackOnly() throws Exception {
        Optional<InetAddress> external = NetworkInterface.networkInterfaces()
                .filter(ActuatorExposureIT::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        Assumptions.assumeTrue(external.isPresent(), "this host has no address but loopback");
        assertThatThrownBy(() -> {
                    try (Socket outside = new Socket()) {
                        outside.connect(new InetSocketAddress(external.get(), port), 2000);
                    }
                })
                .isInstanceOf(java.net.ConnectException.class);
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (java.net.SocketException e) {
            return false;
        }
    }
}
