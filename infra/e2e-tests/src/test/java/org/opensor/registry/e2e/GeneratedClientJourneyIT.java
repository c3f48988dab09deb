package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opensor.client.registry.ApiClient;
import org.opensor.client.registry.ApiException;
import org.opensor.client.registry.api.AlertsApi;
import org.opensor.client.registry.api.IdentitySearchesApi;
import org.opensor.client.registry.api.RegistrantsApi;
import org.opensor.client.registry.api.StatutesApi;
import org.opensor.client.registry.api.TravelNoticesApi;
import org.opensor.client.registry.model.AcknowledgementRequest;
import org.opensor.client.registry.model.AlertResponse;
import org.opensor.client.registry.model.ConvictionRequest;
import org.opensor.client.registry.model.CustodyEventRequest;
import org.opensor.client.registry.model.DocumentRequest;
import org.opensor.client.registry.model.IdentityHit;
import org.opensor.client.registry.model.IdentitySearchRequest;
import org.opensor.client.registry.model.LegRequest;
import org.opensor.client.registry.model.OffenceResponse;
import org.opensor.client.registry.model.Problem;
import org.opensor.client.registry.model.RegisterPersonRequest;
import org.opensor.client.registry.model.RegistrantResponse;
import org.opensor.client.registry.model.TravelNoticeRequest;
import org.opensor.client.registry.model.TravelNoticeResponse;
import org.opensor.client.registry.model.UpdateIdentityRequest;
import org.opensor.registry.stack.LocalCertificateAuthority;

/**
 * The clerk → police → border journey as an agency's system makes it: through the Java client that openapi-generator
 * makes from the registry's OpenAPI document (generator {@code java}, library {@code apache-httpclient}, not edited),
 * signed in with the client's own HTTP Basic support, with no HTTP written here. If this needs a work-around, the
 * document is what is wrong.
 */
class GeneratedClientJourneyIT {

    private static final String CASE = "CASE-2026-0231 integration through a generated client";

    private static E2eStack stack;

    @BeforeAll
    static void startServices() throws Exception {
        stack = E2eStack.get();
    }

    /** A client of the registry as one of the stack's accounts, authenticated by the generated HTTP Basic support. */
    private static ApiClient signedInAs(String username) {
        return overTls().setBasePath(stack.api.url()).setUsername(username).setPassword(stack.passwords.get(username));
    }

    /** The generated client on its own HTTP client, trusting the run's authority and checking the server's name. */
    private static ApiClient overTls() {
        return new ApiClient(org.apache.hc.client5.http.impl.classic.HttpClients.custom()
                .setConnectionManager(
                        org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
                                .setTlsSocketStrategy(new org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy(
                                        LocalCertificateAuthority.sslContext(stack.trustedCertificate())))
                                .build())
                .build());
    }

    @Test
    void aClerkThePoliceAndTheBorderWorkThroughTheGeneratedClient() throws Exception {
        ApiClient clerk = signedInAs("clerk");
        ApiClient police = signedInAs("police");
        ApiClient border = signedInAs("border");
        String familyName =
                "CLIENT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String passport = "N" + (10_000_000 + new Random().nextInt(89_999_999));

        // The clerk: a person with a Khmer name and a passport, a conviction from the offence library, custody.
        RegistrantResponse registered = new RegistrantsApi(clerk)
                .registerPerson(
                        new RegisterPersonRequest()
                                .familyName(familyName)
                                .givenNames("Sokha")
                                .originalScriptName("សុខ សុខា")
                                .dateOfBirth("1971-03-14")
                                .sex(RegisterPersonRequest.SexEnum.MALE)
                                .nationalities(List.of("KHM"))
                                .documents(List.of(new DocumentRequest()
                                        .type(DocumentRequest.TypeEnum.PASSPORT)
                                        .number(passport)
                                        .issuingState("KHM")))
                                .confirmedDistinctPerson(true),
                        UUID.randomUUID().toString());
        UUID id = registered.getId();
        String firstTag = etag(clerk);
        assertThat(firstTag).isEqualTo("\"" + registered.getVersion() + "\"");
        assertThat(registered.getOriginalScriptName()).isEqualTo("សុខ សុខា");

        OffenceResponse offence = new StatutesApi(clerk)
                .listStatutes(CASE).stream()
                        .filter(o -> "KHM-2008-43".equals(o.getId()))
                        .findFirst()
                        .orElseThrow();
        RegistrantResponse convicted = new RegistrantsApi(clerk)
                .recordConviction(
                        id,
                        new ConvictionRequest()
                                .court("Phnom Penh Municipal Court")
                                .caseNumber("231/2025")
                                .judgmentDate(LocalDate.of(2025, 6, 2))
                                .offenceId(offence.getId())
                                .victimMinor(true)
                                .country("KHM")
                                .sentenceMonths(24),
                        firstTag,
                        UUID.randomUUID().toString());
        RegistrantsApi clerkRecords = new RegistrantsApi(clerk);
        clerkRecords.recordCustodyEvent(
                id,
                new CustodyEventRequest()
                        .type(CustodyEventRequest.TypeEnum.ADMITTED)
                        .effectiveDate(LocalDate.of(2025, 6, 3))
                        .sourceDocument("Prey Sar admission 2025/0231")
                        .facility("Prey Sar"),
                etag(clerk),
                UUID.randomUUID().toString());
        RegistrantResponse released = clerkRecords.recordCustodyEvent(
                id,
                new CustodyEventRequest()
                        .type(CustodyEventRequest.TypeEnum.RELEASED)
                        .effectiveDate(LocalDate.of(2026, 6, 3))
                        .sourceDocument("Prey Sar release 2026/0231"),
                etag(clerk),
                UUID.randomUUID().toString());
        assertThat(released.getVersion()).isGreaterThan(convicted.getVersion());
        assertThat(released.getCustodyStatus()).hasToString("NOT_IN_CUSTODY");

        // A stale If-Match: a typed problem the client reads into the generated Problem model.
        ApiException stale = catchThrowableOfType(
                ApiException.class,
                () -> clerkRecords.changeIdentity(
                        id,
                        firstTag,
                        new UpdateIdentityRequest()
                                .familyName(familyName)
                                .givenNames("Sokhar")
                                .sex(UpdateIdentityRequest.SexEnum.MALE)
                                .reason("spelling from the passport")));
        assertThat(stale.getCode()).isEqualTo(412);
        Problem problem = clerk.getObjectMapper().readValue(stale.getResponseBody(), Problem.class);
        assertThat(problem.getType()).hasToString("urn:opensor:problem:stale-version");
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getCurrentVersion()).isEqualTo(released.getVersion());

        // The police: an identity search with a purpose finds the person once indexed; a trip abroad is declared.
        IdentitySearchRequest sought = new IdentitySearchRequest()
                .familyName(familyName)
                .givenNames("Sokha")
                .dateOfBirth("1971-03-14")
                .documentNumber(passport);
        IdentityHit hit = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> new IdentitySearchesApi(police)
                                .searchIdentities(CASE, sought, 0, 10, null).getHits().stream()
                                        .filter(h -> id.toString().equals(h.getRegistrantId()))
                                        .findFirst()
                                        .orElse(null),
                        java.util.Objects::nonNull);
        assertThat(hit.getBand()).hasToString("STRONG");

        TravelNoticeResponse notice = new TravelNoticesApi(police)
                .declareTravelNotice(
                        id,
                        new TravelNoticeRequest()
                                .departureDate(LocalDate.now().plusDays(40))
                                .departurePoint("PNH")
                                .legs(List.of(new LegRequest()
                                        .country("THA")
                                        .pointOfArrival("BKK")
                                        .carrier("PG932")))
                                .purpose("visit family")
                                .documentType(TravelNoticeRequest.DocumentTypeEnum.PASSPORT)
                                .documentNumber(passport),
                        UUID.randomUUID().toString());
        assertThat(notice.getRegistrantId()).isEqualTo(id);

        // The border: the alert the worker raised for the trip is in the inbox, and is acknowledged.
        AlertsApi alerts = new AlertsApi(border);
        AlertResponse alert = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> alerts.listAlerts(CASE, "OPEN", null, "TRAVEL_NOTICE", null, 0, 100).getItems().stream()
                                .filter(a -> a.getSubject() != null
                                        && id.equals(a.getSubject().getRegistrantId()))
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
        assertThat(alert.getReason()).contains("THA");
        AlertResponse acknowledged = alerts.acknowledgeAlert(
                alert.getId(), UUID.randomUUID().toString(), new AcknowledgementRequest().note("seen at PNH"));
        assertThat(acknowledged.getState()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.getAcknowledgedBy()).isEqualTo("border");
    }

    @Test
    void aWrongPasswordIsATypedProblemToo() throws Exception {
        ApiClient stranger =
                overTls().setBasePath(stack.api.url()).setUsername("clerk").setPassword("not-the-password");

        ApiException refused =
                catchThrowableOfType(ApiException.class, () -> new StatutesApi(stranger).listStatutes(CASE));

        assertThat(refused.getCode()).isEqualTo(401);
        Problem problem = stranger.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getType()).hasToString("urn:opensor:problem:unauthenticated");
    }

    /**
     * The client is generated from the committed document (so that a change of the contract is a reviewed diff); this
     * holds it to what the built registry-api serves, so the two cannot part without the build failing.
     */
    @Test
    void theClientIsGeneratedFromTheDocumentTheRegistryServes() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.nio.file.Path committed =
                stack.layout.projectRoot().resolve("registry-api/src/main/openapi/registry-api.json");
        com.fasterxml.jackson.databind.node.ObjectNode served;
        served = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(stack.http()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(stack.api.url() + "/v3/api-docs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body());
        served.remove("servers"); // the host and port it was read from

        if (!served.equals(json.readTree(committed.toFile()))) {
            java.nio.file.Path out =
                    java.nio.file.Path.of("target", "registry-api.served.json").toAbsolutePath();
            json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), served);
            org.assertj.core.api.Assertions.fail(
                    "registry-api serves another OpenAPI document than the one the client is generated "
                            + "from; if the change is meant, copy it: cp " + out + " " + committed);
        }
    }

    /**
     * The ETag of the client's last answer, as an integrator reads it to send If-Match. The apache-httpclient library
     * has no {@code WithHttpInfo} calls; its per-thread last headers are the generator's deprecated but only way.
     */
    @SuppressWarnings("deprecation")
    private static String etag(ApiClient client) {
        return client.getResponseHeaders().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("ETag"))
                .map(e -> e.getValue().getFirst())
                .findFirst()
                .orElseThrow();
    }
}
