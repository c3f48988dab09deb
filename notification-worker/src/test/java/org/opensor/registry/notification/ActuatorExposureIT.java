package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The worker's management side as someone else on the host or network meets it (issue 21, finding 4): loopback only,
 * probes learn the status and nothing of PostgreSQL or Kafka, every other endpoint is the administrator's.
 */
class ActuatorExposureIT extends WorkerITSupport {

    @LocalServerPort
    int port;

    @Test
    void probesSeeTheStatusOnlyAndTheAdministratorTheComponents() throws Exception {
        AdminClient anonymous = new AdminClient(port, null, null);
        for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
            assertThat(anonymous.send("GET", probe, null, null).body())
                    .as(probe)
                    .isEqualTo("{\"status\":\"UP\"}");
        }
        // the overall health names its probe groups, nothing of the servers behind it
        assertThat(anonymous.send("GET", "/actuator/health", null, null).body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components", "details", "db", "kafka");
        assertThat(new AdminClient(port, "registry-admin", ADMIN_PASSWORD)
                        .send("GET", "/actuator/health/readiness", null, null)
                        .body())
                .contains("\"db\"", "\"kafka\"");
    }

    @Test
    void everyOtherEndpointNeedsTheAdministrator() throws Exception {
        for (String path :
                List.of("/actuator/health/db", "/actuator/info", "/actuator/prometheus", "/actuator/metrics")) {
            assertThat(new AdminClient(port, null, null)
                            .send("GET", path, null, null)
                            .statusCode())
                    .as(path)
                    .isEqualTo(401);
        }
        assertThat(new AdminClient(port, "registry-admin", ADMIN_PASSWORD)
                        .send("GET", "/actuator/prometheus", null, null)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void itListensOnLoopbackOnly() {
        Optional<InetAddress> external = networkAddress();
        Assumptions.assumeTrue(external.isPresent(), "this host has no address but loopback");
        assertThatThrownBy(() -> {
                    try (Socket outside = new Socket()) {
                        outside.connect(new InetSocketAddress(external.get(), port), 2000);
                    }
                })
                .isInstanceOf(java.net.ConnectException.class);
    }

    private static Optional<InetAddress> networkAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(n -> {
                        try {
                            return n.isUp();
                        } catch (java.net.SocketException e) {
                            return false;
                        }
                    })
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .findFirst();
        } catch (java.net.SocketException e) {
            return Optional.empty();
        }
    }
}
