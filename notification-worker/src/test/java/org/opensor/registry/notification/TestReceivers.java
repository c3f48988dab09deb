package org.opensor.registry.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.ServerCertificate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The authority of the tests' webhook receivers, made once per test JVM in a temporary folder: every receiver answers
 * over https with a certificate it issued for 127.0.0.1, and every worker of the tests trusts it through the SSL bundle
 * {@value #BUNDLE}, as an agency's own authority is trusted in production. No worker of the tests sends in the clear.
 */
final class TestReceivers {

    // one word: a bundle named in an environment variable cannot hold a dash
    static final String BUNDLE = "receivers";
    static final String KEY_STORE_PASSWORD = UUID.randomUUID().toString();

    private static LocalCertificateAuthority authority;
    private static ServerCertificate certificate;

    private TestReceivers() {}

    static synchronized LocalCertificateAuthority authority() {
        if (authority == null) {
            try {
                authority = LocalCertificateAuthority.ensure(
                        Files.createTempDirectory("opensor-test-receivers-").resolve("pki"), Clock.systemUTC());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return authority;
    }

    /** The receivers' certificate and key (PKCS#12 under {@link #KEY_STORE_PASSWORD}), shared by all of them. */
    static synchronized ServerCertificate certificate() {
        if (certificate == null) {
            certificate = authority().server("webhook-receiver", KEY_STORE_PASSWORD);
        }
        return certificate;
    }

    static Path authorityCertificate() {
        return authority().certificateFile();
    }

    /** The worker trusts the receivers' authority (beside the JVM's), for a test's application context. */
    static void register(DynamicPropertyRegistry registry) {
        registry.add("registry.notification.delivery.trust-bundle", () -> BUNDLE);
        registry.add(
                "spring.ssl.bundle.pem." + BUNDLE + ".truststore.certificate", () -> "file:" + authorityCertificate());
    }

    /** The same, as the environment of a worker run from its jar. */
    static Map<String, String> environment() {
        return Map.of(
                "REGISTRY_NOTIFICATION_DELIVERY_TRUST_BUNDLE",
                BUNDLE,
                "SPRING_SSL_BUNDLE_PEM_RECEIVERS_TRUSTSTORE_CERTIFICATE",
                "file:" + authorityCertificate());
    }
}
