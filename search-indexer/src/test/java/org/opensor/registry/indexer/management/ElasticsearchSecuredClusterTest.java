package org.opensor.registry.indexer.management;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The services reach a secured Elasticsearch by configuration alone (issue 21, finding 3): HTTPS trusted through a
 * given CA, and an API key or a user and password, with the client the services use (Spring Boot's). The server here
 * is a stand-in that records what arrives, so the API-key path is checked too; infra/test-services'
 * ElasticsearchAccessIT checks the real, secured node.
 */
class ElasticsearchSecuredClusterTest {

    @TempDir
    Path dir;

    private HttpsServer server;
    private final Map<String, String> received = new ConcurrentHashMap<>();
    private Path caCertificate;

    @BeforeEach
    void httpsServer() throws Exception {
        Path keystore = dir.resolve("server.p12");
        keytool(
                "-genkeypair",
                "-alias",
                "es",
                "-keyalg",
                "EC",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1",
                "-validity",
                "2",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-storetype",
                "PKCS12");
        caCertificate = dir.resolve("ca.pem");
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "es",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-file",
                caCertificate.toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            if (authorization == null) {
                // as a secured cluster answers: the client then sends its Basic credentials
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                received.put("authorization", authorization);
                exchange.sendResponseHeaders(200, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anApiKeyOverHttpsWithTheGivenCa() throws Exception {
        runner().withPropertyValues("spring.elasticsearch.api-key=aWQ6a2V5").run(context -> {
            assertThat(context.getBean(ElasticsearchClient.class).ping().value())
                    .isTrue();
            assertThat(received.get("authorization")).isEqualTo("ApiKey aWQ6a2V5");
        });
    }

    @Test
    void aUserAndPasswordOverHttpsWithTheGivenCa() throws Exception {
        runner().withPropertyValues(
                        "spring.elasticsearch.username=search-indexer", "spring.elasticsearch.password=secret")
                .run(context -> {
                    assertThat(context.getBean(ElasticsearchClient.class).ping().value())
                            .isTrue();
                    assertThat(received.get("authorization"))
                            .isEqualTo("Basic "
                                    + java.util.Base64.getEncoder().encodeToString("search-indexer:secret".getBytes()));
                });
    }

    @Test
    void withoutTheCaTheServerIsNotTrusted() throws Exception {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        ElasticsearchRestClientAutoConfiguration.class,
                        ElasticsearchClientAutoConfiguration.class,
                        SslAutoConfiguration.class))
                .withPropertyValues(
                        "spring.elasticsearch.uris=https://127.0.0.1:"
                                + server.getAddress().getPort(),
                        "spring.elasticsearch.api-key=aWQ6a2V5")
                .run(context -> {
                    boolean answered;
                    try {
                        answered = context.getBean(ElasticsearchClient.class)
                                .ping()
                                .value();
                    } catch (Exception refused) {
                        answered = false;
                    }
                    assertThat(answered).isFalse();
                    assertThat(received).doesNotContainKey("authorization");
                });
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        ElasticsearchRestClientAutoConfiguration.class,
                        ElasticsearchClientAutoConfiguration.class,
                        SslAutoConfiguration.class))
                .withPropertyValues(
                        "spring.elasticsearch.uris=https://127.0.0.1:"
                                + server.getAddress().getPort(),
                        "spring.elasticsearch.restclient.ssl.bundle=elasticsearch",
                        "spring.ssl.bundle.pem.elasticsearch.truststore.certificate=file:" + caCertificate);
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
