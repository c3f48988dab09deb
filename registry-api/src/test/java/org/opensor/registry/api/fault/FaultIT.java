package org.opensor.registry.api.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.RegistryApiApplication;
import org.opensor.registry.api.TestAuditKey;
import org.opensor.registry.api.TestElasticsearchTrust;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.testservices.TestServices;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Finding 7 of issue 21: with PostgreSQL or Elasticsearch gone, the API answers 503 with {@code Retry-After} within
 * 2 s instead of hanging or answering 500, and a valid account is not counted as a failed login. The service reaches
 * both servers through a {@link TcpProxy}, so the fault hits this context alone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {RegistryApiApplication.class, FaultIT.ThroughProxies.class})
class FaultIT extends WithTestAccounts {

    static final TcpProxy POSTGRES;
    static final TcpProxy ELASTICSEARCH;

    static {
        try {
            TestServices.Endpoints servers = TestServices.get();
            Matcher jdbc =
                    Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*").matcher(servers.jdbcUrl());
            URI elasticsearch = URI.create(servers.elasticsearchUrl());
            if (!jdbc.matches()) {
                throw new IllegalStateException("unexpected JDBC URL form");
            }
            POSTGRES = new TcpProxy(jdbc.group(1), Integer.parseInt(jdbc.group(2)));
            ELASTICSEARCH = new TcpProxy(elasticsearch.getHost(), elasticsearch.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test servers, but PostgreSQL and Elasticsearch through the proxies. */
    @TestConfiguration(proxyBeanMethods = false)
    @Import(TestElasticsearchTrust.class)
    static class ThroughProxies {

        @Bean
        static DynamicPropertyRegistrar proxiedServers() {
            return registry -> {
                TestServices.register((name, value) -> registry.add(
                        name,
                        switch (name) {
                            case "spring.datasource.url" ->
                                () -> TestServices.get()
                                        .jdbcUrl()
                                        .replaceFirst("//[^:/]+:\\d+/", "//127.0.0.1:" + POSTGRES.port() + "/");
                            case "spring.elasticsearch.uris" ->
                                () -> URI.create(TestServices.get().elasticsearchUrl())
                                                .getScheme() + "://127.0.0.1:" + ELASTICSEARCH.port();
                            default -> value;
                        }));
                registry.add("registry.search.index-alias", () -> TestServers.SEARCH_ALIAS);
                registry.add("registry.audit.key-file", TestAuditKey::file);
                registry.add("registry.audit.checkpoint-file", () -> TestAuditKey.checkpointFile("fault"));
            };
        }
    }

    @AfterEach
    void serversBack() throws IOException {
        POSTGRES.restore();
        ELASTICSEARCH.restore();
    }

    @AfterAll
    static void closeProxies() throws IOException {
        POSTGRES.close();
        ELASTICSEARCH.close();
    }

    @Test
    void elasticsearchDownGives503WithRetryAfterForSearchAndScreening() throws IOException {
        String search = """
                {"familyName":"SOK","givenNames":"Sokha"}""";
        String traveller = """
                {"surname":"SOK","givenNames":"SOKHA","dateOfBirth":"1971-03-02","borderPost":"PNH"}""";
        api.search("/api/v1/identity-searches", "police", "CASE-2026-0042 travel check", search);
        api.post("/api/v1/screenings", "border", traveller);
        ELASTICSEARCH.refuse();

        long started = System.nanoTime();
        ApiClient.Reply searched =
                api.search("/api/v1/identity-searches", "police", "CASE-2026-0042 travel check", search);
        Duration searchTook = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        ApiClient.Reply screened = api.post("/api/v1/screenings", "border", traveller);
        Duration screeningTook = Duration.ofNanos(System.nanoTime() - started);

        assertUnavailable(searched);
        assertUnavailable(screened);
        assertThat(searchTook).isLessThan(Duration.ofSeconds(2));
        assertThat(screeningTook).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void postgresStalledGives503WithinTwoSecondsAndNoFailedLogin() {
        api.get("/api/v1/statutes", "clerk", null);
        Instant before = Instant.now();
        POSTGRES.stall();

        long started = System.nanoTime();
        ApiClient.Reply read = api.get("/api/v1/statutes", "clerk", null);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertUnavailable(read);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertNoFailedLoginSince(before);
    }

    @Test
    void postgresRefusingGives503WithinTwoSecondsAndWritesNothing() throws IOException {
        Instant before = Instant.now();
        int registrants = jdbc.sql("select count(*) from registry.registrant")
                .query(Integer.class)
                .single();
        api.get("/api/v1/statutes", "clerk", null);
        POSTGRES.refuse();

        long started = System.nanoTime();
        ApiClient.Reply write =
                api.post("/api/v1/registrants", "clerk", aRegistrant().json());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        POSTGRES.restore();

        assertUnavailable(write);
        assertThat(took).isLessThan(Duration.ofSeconds(2));
        assertThat(jdbc.sql("select count(*) from registry.registrant")
                        .query(Integer.class)
                        .single())
                .isEqualTo(registrants);
        assertNoFailedLoginSince(before);
    }

    private static void assertUnavailable(ApiClient.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.raw().headers().firstValue("Retry-After")).hasValue("5");
        assertThat(reply.body()).contains("urn:opensor:problem:unavailable").doesNotContain("Exception");
    }

    private void assertNoFailedLoginSince(Instant before) {
        POSTGRES.restoreQuietly();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .ignoreExceptions()
                .until(() -> jdbc.sql("select 1").query(Integer.class).single() == 1);
        assertThat(jdbc.sql(
                                "select count(*) from registry.audit_event where occurred_at >= :t and outcome = 'UNAUTHENTICATED'")
                        .param("t", Timestamp.from(before))
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select failed_attempts from registry.account where username = 'clerk'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
