package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The install's certificate authority: what it issues passes a real handshake with name checks, and it rotates. */
class LocalCertificateAuthorityTest {

    private static final char[] PASSWORD = "pw".toCharArray();
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aClientTrustingOnlyTheInstallsAuthorityAcceptsItsServerOn127001WithTheNameChecked() throws Exception {
        LocalCertificateAuthority authority = LocalCertificateAuthority.ensure(dir.resolve("pki"), Clock.systemUTC());
        ServerCertificate server = authority.server("postgres", "pw");

        assertThat(handshake(server, authority.certificateFile(), "127.0.0.1")).isEqualTo("TLSv1.3");
        assertThat(handshake(server, authority.certificateFile(), "localhost")).isEqualTo("TLSv1.3");
    }

    @Test
    void aClientTrustingAnotherAuthorityRefusesTheServer() throws Exception {
        ServerCertificate server = LocalCertificateAuthority.ensure(dir.resolve("pki"), Clock.systemUTC())
                .server("kafka", "pw");
        LocalCertificateAuthority other = LocalCertificateAuthority.ensure(dir.resolve("other"), Clock.systemUTC());

        assertThatThrownBy(() -> handshake(server, other.certificateFile(), "127.0.0.1"))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theAuthorityMaySignServersOnlyAndAServerCertificateIsNoAuthority() throws Exception {
        LocalCertificateAuthority authority = LocalCertificateAuthority.ensure(dir.resolve("pki"), Clock.systemUTC());
        X509Certificate leaf = LocalCertificateAuthority.readChain(
                        authority.server("kafka-1", "pw").chain())
                .getFirst();

        assertThat(authority.certificate().getBasicConstraints()).isZero();
        assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
        assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        assertThat(leaf.getSubjectAlternativeNames())
                .extracting(name -> (Object) name.get(1))
                .containsExactlyInAnyOrder((Object) "localhost", "127.0.0.1");
        assertThat(Duration.between(
                        leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant()))
                .isLessThanOrEqualTo(Duration.ofDays(397).plusMinutes(5));
    }

    @Test
    void keysAreTheOwnersOnlyAndTheAuthoritysCertificateIsPublic() throws Exception {
        LocalCertificateAuthority authority = LocalCertificateAuthority.ensure(dir.resolve("pki"), Clock.systemUTC());
        ServerCertificate server = authority.server("postgres", "pw");

        assertThat(mode(dir.resolve("pki/ca.key"))).isEqualTo("rw-------");
        assertThat(mode(server.privateKey())).isEqualTo("rw-------");
        assertThat(mode(server.keyStore())).isEqualTo("rw-------");
        assertThat(mode(authority.certificateFile())).isEqualTo("rw-r--r--");
    }

    @Test
    void aServerCertificateIsKeptWhileValidAndReissuedThirtyDaysBeforeItExpires() throws Exception {
        Path pki = dir.resolve("pki");
        ServerCertificate first = LocalCertificateAuthority.ensure(pki, at(NOW)).server("postgres", "pw");
        String issued = Files.readString(first.chain());

        ServerCertificate later = LocalCertificateAuthority.ensure(pki, at(NOW.plus(Duration.ofDays(300))))
                .server("postgres", "pw");
        assertThat(Files.readString(later.chain())).isEqualTo(issued);

        ServerCertificate renewed = LocalCertificateAuthority.ensure(pki, at(NOW.plus(Duration.ofDays(368))))
                .server("postgres", "pw");
        assertThat(Files.readString(renewed.chain())).isNotEqualTo(issued);
    }

    @Test
    void aNewAuthorityAfterItsFolderWasDeletedReissuesEveryServerCertificate() throws Exception {
        Path pki = dir.resolve("pki");
        LocalCertificateAuthority old = LocalCertificateAuthority.ensure(pki, Clock.systemUTC());
        ServerCertificate server = old.server("kafka", "pw");
        Files.delete(pki.resolve("ca.pem"));

        LocalCertificateAuthority rotated = LocalCertificateAuthority.ensure(pki, Clock.systemUTC());
        ServerCertificate reissued = rotated.server("kafka", "pw");

        assertThat(rotated.certificate()).isNotEqualTo(old.certificate());
        assertThat(handshake(reissued, rotated.certificateFile(), "127.0.0.1")).isEqualTo("TLSv1.3");
        assertThat(reissued.chain()).isEqualTo(server.chain());
    }

    /** A TLS server on loopback with {@code server}'s key store, and a client trusting {@code trusted} only. */
    private static String handshake(ServerCertificate server, Path trusted, String host) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(server.keyStore())) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext serverContext = SSLContext.getInstance("TLSv1.3");
        serverContext.init(keyManagers.getKeyManagers(), null, null);

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry(
                "ca", LocalCertificateAuthority.readChain(trusted).getFirst());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext clientContext = SSLContext.getInstance("TLSv1.3");
        clientContext.init(null, trustManagers.getTrustManagers(), null);

        try (SSLServerSocket listener = (SSLServerSocket)
                serverContext.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.startHandshake();
                } catch (Exception ignored) {
                    // the client's side reports what went wrong
                }
            });
            try (SSLSocket client =
                    (SSLSocket) clientContext.getSocketFactory().createSocket(host, listener.getLocalPort())) {
                SSLParameters parameters = client.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                client.setSSLParameters(parameters);
                client.startHandshake();
                return client.getSession().getProtocol();
            } finally {
                accepted.get(10, TimeUnit.SECONDS);
            }
        }
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
