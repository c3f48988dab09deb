package org.opensor.registry.api.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.security.Permission;
import org.opensor.registry.api.security.Permissions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The served document is what a generated client needs: security, headers, every status, distinct schemas. */
@IntegrationTest
class ApiDocumentIT {

    @LocalServerPort
    int port;

    private JsonNode document() throws Exception {
        ApiClient.Reply reply = new ApiClient(port).get("/v3/api-docs", null, null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        Path out = Path.of("target", "openapi.json");
        Files.writeString(out, reply.body());
        return reply.json();
    }

    @Test
    void everyOperationHasAnIdSecurityAndAProblemForEachError() throws Exception {
        JsonNode doc = document();
        assertThat(doc.at("/info/title").asString()).isEqualTo("OpenSOR registry API");
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asString())
                .isEqualTo("basic");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/bearerFormat").asString())
                .isEqualTo("JWT");
        List<String> ids = new ArrayList<>();
        for (Permission permission : Permissions.ALL) {
            JsonNode operation = doc.at("/paths/" + permission.path().replace("/", "~1") + "/"
                    + permission.method().name().toLowerCase());
            String name = permission.method() + " " + permission.path();
            assertThat(operation.isMissingNode()).as(name).isFalse();
            ids.add(operation.get("operationId").asString());
            assertThat(operation.get("security")).as(name).hasSize(2);
            assertThat(operation.get("responses").propertyNames()).as(name).contains("400", "401", "403", "500", "503");
            operation.get("responses").properties().forEach(e -> {
                if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                    assertThat(e.getValue()
                                    .at("/content/application~1problem+json/schema/$ref")
                                    .asString())
                            .as(name + " " + e.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
            boolean purposeRequired = false;
            for (JsonNode p : operation.path("parameters")) {
                purposeRequired |= p.path("$ref").asString("").endsWith("/XPurpose");
            }
            assertThat(purposeRequired).as(name + " requires X-Purpose").isEqualTo(permission.needsPurpose());
        }
        assertThat(ids)
                .doesNotHaveDuplicates()
                .contains(
                        "registerPerson",
                        "searchIdentities",
                        "listAlerts",
                        "acknowledgeAlert",
                        "screenTraveller",
                        "screenManifest");
    }

    @Test
    void pagesAreDistinctTheStreamIsAnEventStreamAndARecordIsTyped() throws Exception {
        JsonNode doc = document();
        assertThat(doc.at("/paths/~1api~1v1~1alerts/get/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/AlertPage");
        assertThat(doc.at("/paths/~1api~1v1~1audit-events/get/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/AuditEventPage");
        assertThat(doc.at(
                                "/paths/~1api~1v1~1registrants~1{id}~1travel-notices/get/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/TravelNoticePage");
        assertThat(doc.at("/paths/~1api~1v1~1alerts~1stream/get/responses/200/content")
                        .propertyNames())
                .containsExactly("text/event-stream");
        assertThat(doc.at("/components/schemas").propertyNames()).doesNotContain("SseEmitter", "Page");
        assertThat(doc.at("/paths/~1api~1v1~1registrants~1{id}/get/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/RegistrantView");
        assertThat(doc.at("/components/schemas/RegistrantView/anyOf")).hasSize(2);
        assertThat(doc.at("/paths/~1api~1v1~1registrants/post/responses/201/headers")
                        .propertyNames())
                .contains("ETag", "Location");
        assertThat(doc.at("/paths/~1api~1v1~1registrants~1{id}/put/responses").propertyNames())
                .contains("412", "428");
        assertThat(doc.at("/components/schemas/ScreeningRequest/required").toString())
                .contains("borderPost");
        assertThat(doc.at("/components/schemas/ScreeningRequest/properties/surname/deprecated")
                        .asBoolean())
                .isTrue();
        assertThat(doc.at("/components/schemas/ScreeningRequest/properties/familyName")
                        .isMissingNode())
                .isFalse();
    }

    /** Generated clients (infra/e2e-tests) are built from the committed document: it must be the one served. */
    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        tools.jackson.databind.json.JsonMapper json =
                tools.jackson.databind.json.JsonMapper.builder().build();
        tools.jackson.databind.node.ObjectNode served = (tools.jackson.databind.node.ObjectNode) document();
        served.remove("servers"); // the host and port it was read from
        Path committed = Path.of("src", "main", "openapi", "registry-api.json");
        Path out = Path.of("target", "registry-api.json").toAbsolutePath();
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), served);

        assertThat(served.equals(json.readTree(committed.toFile())))
                .as(
                        "registry-api serves another OpenAPI document than %s, from which clients are generated; if the change is "
                                + "meant: cp %s %s",
                        committed, out, committed.toAbsolutePath())
                .isTrue();
    }

    @Test
    void theContractCheckRefusesAnAnswerTheDocumentDoesNotDeclare() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/statutes"))
                .DELETE()
                .build();
        var response = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> org.opensor.registry.testservices.contract.ContractCheck.check(request, response))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DELETE /api/v1/statutes");
    }

    @Test
    void theDocumentPassesTheLinterWithZeroErrors() throws Exception {
        document();
        org.opensor.registry.testservices.contract.OpenApiLint.assertPasses(
                Path.of("target", "openapi.json"), Path.of("src", "test", "resources", "openapi", "redocly.yaml"));
    }
}
