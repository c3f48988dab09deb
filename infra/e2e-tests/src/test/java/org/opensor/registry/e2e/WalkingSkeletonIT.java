package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.stack.ServiceProcess;
import org.opensor.registry.stack.StackLayout;
import org.opensor.registry.testservices.TestServices;

/**
 * The walking skeleton through all three services, each run from its built jar as its own process: a court
 * clerk registers a person; the person becomes searchable in Elasticsearch and is seen by the worker.
 */
class WalkingSkeletonIT {

    private static String CLERK_PASSWORD;
    private static String POLICE_PASSWORD;
    private static TestServices.Endpoints servers;
    private static StackLayout layout;
    private static Map<String, String> common;
    private static ServiceProcess api;
    private static ServiceProcess indexer;
    private static ServiceProcess worker;

    @BeforeAll
    static void startServices() throws Exception {
        E2eStack stack = E2eStack.get();
        servers = stack.servers;
        layout = stack.layout;
        common = stack.common;
        api = stack.api;
        worker = stack.worker;
        indexer = stack.indexer;
        CLERK_PASSWORD = stack.passwords.get("clerk");
        POLICE_PASSWORD = stack.passwords.get("police");
    }

    @Test
    void aRegisteredPersonBecomesSearchableAndIsSeenByTheWorker() throws Exception {
        String familyName = "E2E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        HttpResponse<String> created = api.http()
                .send(
                        HttpRequest.newBuilder(URI.create(api.url() + "/api/v1/registrants"))
                                .header("Authorization", basic("clerk", CLERK_PASSWORD))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"familyName":"%s","givenNames":"Sokha","originalScriptName":"សុខ សុខា","dateOfBirth":"1971-03",
                         "sex":"MALE","nationalities":["KHM"],"confirmedDistinctPerson":true}""".formatted(familyName)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = field(created.body(), "id");

        String searchHit = await(() -> {
            // The keys are indexed, not kept in _source: read them as the index holds them.
            String hits =
                    elasticsearch("/registrants/_search?docvalue_fields=keys&q=familyName:" + familyName.toLowerCase());
            return hits.contains(id) ? hits : null;
        });
        assertThat(searchHit).contains("\"keys\"").contains("dob:1971-03");
        assertThat(await(() -> workerSaw(id))).isTrue();
    }

    /** The whole search path: API write, outbox, Kafka, the indexer's document, the API's two-stage search. */
    @Test
    void anOfficerFindsARegisteredPersonByAnotherSpellingOfAnAlias() throws Exception {
        HttpResponse<String> created = api.http()
                .send(
                        HttpRequest.newBuilder(URI.create(api.url() + "/api/v1/registrants"))
                                .header("Authorization", basic("clerk", CLERK_PASSWORD))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"familyName":"SOK","givenNames":"Sokha","aliases":[{"familyName":"CHANN","givenNames":"Sokha"}],
                         "dateOfBirth":"1970-05-12","sex":"MALE","nationalities":["KHM"],"confirmedDistinctPerson":true}"""))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = field(created.body(), "id");

        String hits = await(() -> {
            try {
                String body = api.http()
                        .send(
                                HttpRequest.newBuilder(URI.create(api.url() + "/api/v1/identity-searches"))
                                        .header("Authorization", basic("police", POLICE_PASSWORD))
                                        .header("X-Purpose", "CASE-2026-0042 end-to-end search test")
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(
                                                "{\"fullName\":\"Sokhar Chann\",\"dateOfBirth\":\"1970-05-12\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                return body.contains(id) ? body : null;
            } catch (Exception e) {
                return null;
            }
        });
        assertThat(hits).contains("\"band\":\"STRONG\"").contains("with alias CHANN Sokha");
    }

    /** {@code search-indexer --rebuild-index} as an operator runs it beside the live indexer: it refills, swaps, exits. */
    @Test
    void theRebuildCommandRefillsTheIndexBesideTheLiveIndexerAndExits() throws Exception {
        HttpResponse<String> created = api.http()
                .send(
                        HttpRequest.newBuilder(URI.create(api.url() + "/api/v1/registrants"))
                                .header("Authorization", basic("clerk", CLERK_PASSWORD))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"familyName":"KEO","givenNames":"Rithy","dateOfBirth":"1980","sex":"MALE","confirmedDistinctPerson":true}"""))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = field(created.body(), "id");
        await(() -> elasticsearch("/registrants/_doc/" + id).contains("\"found\":true") ? id : null);
        String before = elasticsearch("/_alias/registrants");

        Path log = Files.createTempFile("opensor-rebuild-", ".log");
        ProcessBuilder command = new ProcessBuilder(
                        layout.javaExecutable().toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        layout.serviceJar("search-indexer").toString(),
                        "--rebuild-index")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        command.environment().putAll(common);
        command.environment().putAll(servers.kafkaEnvironment("search-indexer")); // it reads the topic as the indexer
        command.environment().putAll(servers.elasticsearchEnvironment("search-indexer")); // and writes as it
        Process rebuild = command.start();
        boolean exited = rebuild.waitFor(180, java.util.concurrent.TimeUnit.SECONDS);
        if (!exited) {
            rebuild.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(exited).as(output).isTrue();
        assertThat(rebuild.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("rebuild fill: ", " events read", "rebuild: alias moved", "rebuild: done")
                .doesNotContain("Rithy");
        assertThat(elasticsearch("/_alias/registrants")).isNotEqualTo(before).contains("registrants-v1-");
        assertThat(elasticsearch("/registrants/_doc/" + id)).contains("\"found\":true");
    }

    @Test
    void eachServiceIsReadyAndReportsItsDependenciesToTheAdministratorOnly() throws Exception {
        E2eStack stack = E2eStack.get();
        String apiAdmin = stack.basicAuth("admin");
        String serviceAdmin = "Basic "
                + java.util.Base64.getEncoder().encodeToString(("admin:" + stack.serviceAdminPassword).getBytes());
        assertThat(get(api.url() + "/actuator/health/readiness", apiAdmin))
                .contains("\"status\":\"UP\"")
                .contains("\"db\"")
                .contains("\"kafka\"")
                .contains("\"elasticsearch\"");
        assertThat(get(worker.url() + "/actuator/health/readiness", serviceAdmin))
                .contains("\"status\":\"UP\"")
                .contains("\"db\"")
                .contains("\"kafka\"");
        assertThat(get(indexer.url() + "/actuator/health/readiness", serviceAdmin))
                .contains("\"status\":\"UP\"")
                .contains("\"elasticsearch\"")
                .contains("\"kafka\"");
        for (ServiceProcess service : List.of(api, worker, indexer)) {
            // a probe without login learns the status, nothing of the servers behind it
            assertThat(get(service.url() + "/actuator/health/readiness")).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    private static String get(String url, String authorization) {
        try {
            return api.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", authorization)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            return "";
        }
    }

    private static Boolean workerSaw(String id) {
        Properties props = new Properties();
        props.setProperty("user", servers.jdbcUser());
        props.setProperty("password", servers.jdbcPassword());
        try (Connection connection = new org.postgresql.Driver().connect(servers.jdbcUrl(), props);
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from notification.received_event where subject = ?")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1 ? Boolean.TRUE : null;
            }
        } catch (Exception e) {
            return null;
        }
    }

    /** A GET on Elasticsearch as the tests' own super user, over HTTPS checked against the test servers' authority. */
    private static String elasticsearch(String path) {
        try {
            return servers.elasticsearchHttp()
                    .send(
                            servers.elasticsearchRequest(path, ElasticsearchAccess.ADMIN)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            return "";
        }
    }

    private static String get(String url) {
        try {
            return api.http()
                    .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            return "";
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T await(Supplier<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within 60 s");
    }
}
