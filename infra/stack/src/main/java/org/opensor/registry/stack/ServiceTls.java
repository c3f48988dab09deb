package org.opensor.registry.stack;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's HTTPS: its own certificate and key from the install's {@link LocalCertificateAuthority}, served through
 * Spring Boot's SSL bundle {@value #SERVER_BUNDLE} on the service's only port (no plaintext listener), and the
 * authority it trusts as bundle {@value #STACK_TRUST_BUNDLE} when it calls another service of the stack.
 *
 * @param certificate        the service's certificate chain and key (PEM), named for 127.0.0.1 and localhost
 * @param trustedCertificate the authority's certificate (PEM) the service and its clients trust
 */
public record ServiceTls(ServerCertificate certificate, Path trustedCertificate) {

    /** The SSL bundle the embedded web server serves ({@code server.ssl.bundle}). */
    public static final String SERVER_BUNDLE = "server";
    /** The SSL bundle of the install's authority, for calls from one service to another (registry-api → worker). */
    public static final String STACK_TRUST_BUNDLE = "stack";
    /** As PostgreSQL and Kafka here: every client of the stack speaks TLS 1.3. */
    static final String PROTOCOL = "TLSv1.3";

    /** Issues (or reuses, while current) the certificate of service instance {@code name}. */
    public static ServiceTls issue(LocalCertificateAuthority authority, String name) {
        return new ServiceTls(authority.server(name), authority.certificateFile());
    }

    /** Spring Boot settings, as environment variables, that make the service serve HTTPS only. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_SSL_BUNDLE", SERVER_BUNDLE);
        env.put("SPRING_SSL_BUNDLE_PEM_SERVER_KEYSTORE_CERTIFICATE", "file:" + certificate.chain());
        env.put("SPRING_SSL_BUNDLE_PEM_SERVER_KEYSTORE_PRIVATEKEY", "file:" + certificate.privateKey());
        env.put("SPRING_SSL_BUNDLE_PEM_SERVER_OPTIONS_ENABLEDPROTOCOLS", PROTOCOL);
        // a reissued certificate is served without a restart
        env.put("SPRING_SSL_BUNDLE_PEM_SERVER_RELOADONUPDATE", "true");
        env.put("SPRING_SSL_BUNDLE_PEM_STACK_TRUSTSTORE_CERTIFICATE", "file:" + trustedCertificate);
        return env;
    }

    /**
     * An HTTP client that trusts the authority in {@code trustedCertificate} only and checks the server's name (the
     * JDK's default).
     */
    public static HttpClient.Builder client(Path trustedCertificate) {
        return HttpClient.newBuilder()
                .sslContext(LocalCertificateAuthority.sslContext(trustedCertificate))
                .connectTimeout(Duration.ofSeconds(2));
    }
}
