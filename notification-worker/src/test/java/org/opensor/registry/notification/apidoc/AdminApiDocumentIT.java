package org.opensor.registry.notification.apidoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.notification.WorkerITSupport;
import org.opensor.registry.testservices.contract.ContractCheck;
import org.opensor.registry.testservices.contract.OpenApiLint;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The worker's admin API document: what a generated client needs, and the linter's approval. */
class AdminApiDocumentIT extends WorkerITSupport {

    @LocalServerPort
    int port;

    private JsonNode document() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        Files.writeString(Path.of("target", "openapi.json"), reply.body());
        return JsonMapper.builder().build().readTree(reply.body());
    }

    @Test
    void everyOperationHasItsIdTheAdminsSchemeAndAProblemForEachError() throws Exception {
        JsonNode doc = document();
        assertThat(doc.at("/info/title").asString()).isEqualTo("OpenSOR notification worker admin API");
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asString())
                .isEqualTo("basic");
        List<String> ids = new ArrayList<>();
        AdminApiDocument.OPERATIONS.forEach((key, contract) -> {
            String[] methodAndPath = key.split(" ");
            JsonNode operation =
                    doc.at("/paths/" + methodAndPath[1].replace("/", "~1") + "/" + methodAndPath[0].toLowerCase());
            assertThat(operation.isMissingNode()).as(key).isFalse();
            ids.add(operation.get("operationId").asString());
            assertThat(operation.at("/security/0/basicAuth").isArray()).as(key).isTrue();
            assertThat(operation.get("responses").propertyNames())
                    .as(key)
                    .contains(Integer.toString(contract.status()), "400", "401", "403", "500");
            operation.get("responses").properties().forEach(e -> {
                if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                    assertThat(e.getValue()
                                    .at("/content/application~1problem+json/schema/$ref")
                                    .asString())
                            .as(key + " " + e.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        });
        assertThat(ids)
                .doesNotHaveDuplicates()
                .contains(
                        "createSubscription",
                        "updateSubscription",
                        "rotateSubscriptionSecret",
                        "listDeadLetters",
                        "replayDeadLetter");
        // The types are notification-admin-api's, the ones registry-api's console sends and reads.
        assertThat(doc.at("/components/schemas").propertyNames())
                .contains(
                        "NewSubscription",
                        "SubscriptionChange",
                        "SubscriptionView",
                        "SubscriptionWithSecret",
                        "SubscriptionPage",
                        "DeadLetterPage",
                        "ReplayAccepted");
        assertThat(doc.at("/paths/~1api~1v1~1subscriptions~1{id}/put/responses/200/headers")
                        .propertyNames())
                .contains("ETag");
        assertThat(doc.at("/paths/~1api~1v1~1subscriptions/post/responses/201/headers")
                        .propertyNames())
                .contains("ETag", "Location");
    }

    @Test
    void theContractCheckRefusesAnAnswerTheDocumentDoesNotDeclare() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/subscriptions"))
                .DELETE()
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThatThrownBy(() -> ContractCheck.check(request, response))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DELETE /api/v1/subscriptions");
    }

    @Test
    void theDocumentPassesTheLinterWithZeroErrors() throws Exception {
        document();
        OpenApiLint.assertPasses(
                Path.of("target", "openapi.json"), Path.of("src", "test", "resources", "openapi", "redocly.yaml"));
    }
}
