package org.opensor.registry.testservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.ServiceTls;

/**
 * The Elasticsearch every integration test uses (the local stack's, started by infra/stack) answers HTTPS clients with
 * a login only, and each principal may do its own work and nothing more (issue 28, item 2): registry-api reads the
 * registrant index but cannot write it, search-indexer writes it, the monitor sees cluster health only, the drill
 * registers snapshot repositories.
 */
class ElasticsearchAccessIT {

    private static TestServices.Endpoints servers;
    private static String index;

    @TempDir
    static Path otherInstall;

    @BeforeAll
    static void anIndexOfRegistrants() throws Exception {
        servers = TestServices.get();
        assumeTrue(
                servers.elasticsearchRequiresLogin(),
                "Testcontainers' Elasticsearch runs without security: nothing to prove");
        index = "registrants-access-it-" + UUID.randomUUID();
        assertThat(send(ElasticsearchAccess.ADMIN, "PUT", "/" + index, "{}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPlaintextClientIsRefused() {
        String plaintext = servers.elasticsearchUrl().replaceFirst("^https:", "http:");
        HttpRequest request = ElasticsearchAccess.as(
                        HttpRequest.newBuilder(URI.create(plaintext + "/_cluster/health")),
                        ElasticsearchAccess.ADMIN,
                        servers.elasticsearchPasswords().get(ElasticsearchAccess.ADMIN))
                .timeout(Duration.ofSeconds(10))
                .build();

        // the node expects a TLS handshake and closes the connection: no answer, not even an error page
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void anAnonymousClientIsRefused() throws Exception {
        HttpResponse<String> response = servers.elasticsearchHttp()
                .send(
                        HttpRequest.newBuilder(URI.create(servers.elasticsearchUrl() + "/" + index + "/_search"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("\"hits\"");
    }

    @Test
    void aClientTrustingAnotherAuthorityRefusesTheNode() {
        Path foreign = LocalCertificateAuthority.ensure(otherInstall.resolve("pki"), Clock.systemUTC())
                .certificateFile();
        HttpRequest request = servers.elasticsearchRequest("/_cluster/health", ElasticsearchAccess.MONITOR)
                .build();

        assertThatThrownBy(() -> ServiceTls.client(foreign).build().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void registryApiReadsTheRegistrantIndexButCannotWriteIt() throws Exception {
        assertThat(send(ElasticsearchAccess.REGISTRY_API, "POST", "/" + index + "/_search", "{}")
                        .statusCode())
                .isEqualTo(200);

        assertThat(send(ElasticsearchAccess.REGISTRY_API, "PUT", "/" + index + "/_doc/1", "{\"familyName\":\"SOK\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(ElasticsearchAccess.REGISTRY_API, "DELETE", "/" + index, null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void searchIndexerWritesTheRegistrantIndexAndNothingElse() throws Exception {
        assertThat(send(ElasticsearchAccess.SEARCH_INDEXER, "PUT", "/" + index + "/_doc/1", "{\"familyName\":\"SOK\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send(
                                ElasticsearchAccess.SEARCH_INDEXER,
                                "POST",
                                "/_aliases",
                                "{\"actions\":[{\"add\":{\"index\":\"" + index + "\",\"alias\":\"" + index
                                        + "-alias\"}}]}")
                        .statusCode())
                .isEqualTo(200);

        assertThat(send(ElasticsearchAccess.SEARCH_INDEXER, "PUT", "/audit-" + UUID.randomUUID(), "{}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theMonitorSeesClusterHealthButNoDocument() throws Exception {
        assertThat(send(ElasticsearchAccess.MONITOR, "GET", "/_cluster/health", null)
                        .statusCode())
                .isEqualTo(200);

        assertThat(send(ElasticsearchAccess.MONITOR, "POST", "/" + index + "/_search", "{}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDrillRegistersSnapshotRepositoriesAndTheServicesCannot() throws Exception {
        String settings = send(ElasticsearchAccess.DRILL, "GET", "/_nodes/_local/settings", null)
                .body();
        String repositoryRoot = settings.replaceFirst("(?s).*\"repo\":\\[?\"([^\"]+)\".*", "$1");
        String body = "{\"type\":\"fs\",\"settings\":{\"location\":\"" + repositoryRoot + "/access-it\"}}";
        String repository = "/_snapshot/access-it-" + UUID.randomUUID();

        assertThat(send(ElasticsearchAccess.REGISTRY_API, "PUT", repository, body)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(ElasticsearchAccess.SEARCH_INDEXER, "PUT", repository, body)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> registered = send(ElasticsearchAccess.DRILL, "PUT", repository, body);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        assertThat(send(ElasticsearchAccess.DRILL, "DELETE", repository, null).statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        return servers.elasticsearchHttp()
                .send(
                        servers.elasticsearchRequest(path, user)
                                .header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .method(
                                        method,
                                        body == null
                                                ? HttpRequest.BodyPublishers.noBody()
                                                : HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
