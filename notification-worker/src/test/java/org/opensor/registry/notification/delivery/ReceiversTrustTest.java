package org.opensor.registry.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.UUID;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.ServerCertificate;

/**
 * The receivers' trust accepts a certificate that the JVM's authorities or the configured bundle's accept, with the
 * receiver's name checked either way, and nothing else: real handshakes against a receiver on loopback.
 */
class ReceiversTrustTest {

    private static final String PASSWORD = UUID.randomUUID().toString();

    @TempDir
    Path pki;

    private LocalCertificateAuthority agencies;
    private HttpsServer receiver;

    @BeforeEach
    void receiverCertifiedByTheAgenciesAuthority() throws Exception {
        agencies = LocalCertificateAuthority.ensure(pki.resolve("agencies"), Clock.systemUTC());
        ServerCertificate certificate = agencies.server("receiver", PASSWORD);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PASSWORD.toCharArray());
        SSLContext serving = SSLContext.getInstance("TLS");
        serving.init(factory.getKeyManagers(), null, null);
        receiver = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        receiver.setHttpsConfigurator(new HttpsConfigurator(serving));
        receiver.createContext("/hook", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aReceiverCertifiedByTheBundlesAuthorityIsAccepted() throws Exception {
        SSLContext trust = ReceiversTrust.context(trusting(agencies.certificateFile()));

        assertThat(post(trust).statusCode()).isEqualTo(204);
    }

    @Test
    void withoutTheBundleOnlyTheJvmsAuthoritiesCountAndTheyDoNotKnowThisOne() {
        SSLContext trust = ReceiversTrust.context(null);

        assertThatThrownBy(() -> post(trust)).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void aReceiverCertifiedByAnotherAuthorityIsRefused() {
        LocalCertificateAuthority stranger =
                LocalCertificateAuthority.ensure(pki.resolve("stranger"), Clock.systemUTC());
        SSLContext trust = ReceiversTrust.context(trusting(stranger.certificateFile()));

        assertThatThrownBy(() -> post(trust)).isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theReceiversNameIsCheckedEvenWhenItsAuthorityIsTrusted() throws Exception {
        SSLContext trust = ReceiversTrust.context(trusting(agencies.certificateFile()));
        SSLParameters checkName = new SSLParameters();
        checkName.setEndpointIdentificationAlgorithm("HTTPS");
        int port = receiver.getAddress().getPort();

        try (Socket tcp = new Socket(InetAddress.getLoopbackAddress(), port);
                SSLSocket tls = (SSLSocket)
                        trust.getSocketFactory().createSocket(tcp, "alerts.other-agency.example", port, true)) {
            tls.setSSLParameters(checkName);

            // the JVM's authorities refuse the chain, the bundle's the name (reported beside the first refusal)
            assertThatThrownBy(tls::startHandshake)
                    .isInstanceOf(SSLHandshakeException.class)
                    .hasStackTraceContaining("No subject alternative DNS name matching alerts.other-agency.example");
        }
    }

    private HttpResponse<Void> post(SSLContext trust) throws Exception {
        HttpClient http = HttpClient.newBuilder().sslContext(trust).build();
        return http.send(
                HttpRequest.newBuilder(URI.create(
                                "https://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static TrustManager[] trusting(Path authority) {
        try (InputStream in = Files.newInputStream(authority)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry(
                    "authority",
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in));
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
