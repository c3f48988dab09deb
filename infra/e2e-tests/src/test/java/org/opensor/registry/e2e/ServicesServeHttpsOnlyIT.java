package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.ServiceProcess;
import org.opensor.registry.stack.ServiceTls;

/**
 * The three services serve HTTPS only, as the local stack starts them (issue 28, item 2): a plaintext client gets no
 * answer of the service's, a client trusting the install's authority gets in and checks the service's name, and a
 * client trusting another install's authority, or expecting another name, refuses the service.
 */
class ServicesServeHttpsOnlyIT {

    private static E2eStack stack;

    @TempDir
    static Path otherInstall;

    @BeforeAll
    static void startServices() throws Exception {
        stack = E2eStack.get();
    }

    private static List<ServiceProcess> services() {
        return List.of(stack.api, stack.worker, stack.indexer);
    }

    @Test
    void aPlaintextHttpClientIsRefusedByEveryService() {
        HttpClient plaintext =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (ServiceProcess service : services()) {
            String url = "http://127.0.0.1:" + service.port() + "/actuator/health/readiness";

            // Tomcat answers a plaintext request on its TLS port with a 400 of its own, or the connection fails
            int status;
            String body;
            try {
                HttpResponse<String> response = plaintext.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                body = response.body();
            } catch (IOException | InterruptedException refused) {
                status = -1;
                body = "";
            }

            assertThat(status).as(service.name() + " over plaintext HTTP").isIn(-1, 400);
            assertThat(body).as(service.name()).doesNotContain("\"status\"");
        }
    }

    @Test
    void aClientTrustingTheInstallsAuthorityReachesEveryServiceUnderItsNames() throws Exception {
        for (ServiceProcess service : services()) {
            for (String host : List.of("127.0.0.1", "localhost")) {
                HttpResponse<String> response = stack.http()
                        .send(
                                HttpRequest.newBuilder(URI.create("https://" + host + ":" + service.port()
                                                + "/actuator/health/readiness"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode())
                        .as(service.name() + " at " + host)
                        .isEqualTo(200);
                assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
                assertThat(response.sslSession().orElseThrow().getProtocol()).isEqualTo("TLSv1.3");
            }
        }
    }

    @Test
    void aClientTrustingAnotherAuthorityRefusesEveryService() {
        Path foreign = LocalCertificateAuthority.ensure(otherInstall.resolve("pki"), Clock.systemUTC())
                .certificateFile();
        HttpClient stranger = ServiceTls.client(foreign).build();
        for (ServiceProcess service : services()) {
            assertThatThrownBy(() -> stranger.send(
                            HttpRequest.newBuilder(URI.create(service.url() + "/actuator/health/readiness"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding()))
                    .as(service.name())
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }

    @Test
    void aClientExpectingAnotherNameRefusesTheCertificate() throws Exception {
        SSLParameters checkName = new SSLParameters();
        checkName.setEndpointIdentificationAlgorithm("HTTPS");
        for (ServiceProcess service : services()) {
            try (Socket tcp = new Socket("127.0.0.1", service.port());
                    SSLSocket tls = (SSLSocket) LocalCertificateAuthority.sslContext(stack.trustedCertificate())
                            .getSocketFactory()
                            .createSocket(tcp, "registry.elsewhere.example", service.port(), true)) {
                tls.setSSLParameters(checkName);

                assertThatThrownBy(tls::startHandshake)
                        .as(service.name())
                        .isInstanceOf(SSLHandshakeException.class)
                        .hasMessageContaining("registry.elsewhere.example");
            }
        }
    }
}
