package org.opensor.registry.drill;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.stream.Collectors;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.stack.ElasticsearchServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Elasticsearch's snapshots to a filesystem repository: the index is backed up as it stands and restored as a whole. It
 * logs in as the drill's own user ({@link ElasticsearchAccess#DRILL}: snapshots and repositories, reading the index).
 */
final class ElasticsearchSnapshots {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The registry's own indices; hidden and system indices stay out, since a restore onto a new node keeps its own. */
    private static final String INDICES = "*,-.*";

    private final ElasticsearchServer node;

    ElasticsearchSnapshots(ElasticsearchServer node) {
        this.node = node;
    }

    /** True when the node was started with {@code path.repo}, without which no filesystem repository can be made. */
    boolean repositoryPathConfigured() {
        JsonNode nodes = send("GET", "/_nodes/_local/settings", null).path("nodes");
        for (JsonNode node : nodes) {
            if (!node.path("settings").path("path").path("repo").isMissingNode()) {
                return true;
            }
        }
        return false;
    }

    void registerRepository(String repository, Path location) {
        ObjectNode body = JSON.createObjectNode().put("type", "fs");
        body.putObject("settings").put("location", location.toString());
        send("PUT", "/_snapshot/" + repository, body);
    }

    /** Takes a snapshot and waits for it; fails unless every shard was copied. */
    void snapshot(String repository, String snapshot) {
        ObjectNode body = JSON.createObjectNode().put("indices", INDICES).put("include_global_state", false);
        JsonNode taken = send("PUT", "/_snapshot/" + repository + "/" + snapshot + "?wait_for_completion=true", body)
                .path("snapshot");
        if (!"SUCCESS".equals(taken.path("state").asString())
                || taken.path("shards").path("failed").asInt() != 0) {
            throw new IllegalStateException("snapshot " + snapshot + " did not succeed: " + taken);
        }
    }

    /** Restores every index of the snapshot (with its aliases) onto a node that does not have them. */
    void restore(String repository, String snapshot) {
        ObjectNode body = JSON.createObjectNode().put("indices", INDICES).put("include_global_state", false);
        JsonNode restored = send(
                        "POST",
                        "/_snapshot/" + repository + "/" + snapshot + "/_restore?wait_for_completion=true",
                        body)
                .path("snapshot");
        if (restored.path("shards").path("failed").asInt() != 0) {
            throw new IllegalStateException("restore of " + snapshot + " failed for some shards: " + restored);
        }
    }

    /** Deletes a snapshot; one already gone is not an error (an earlier pruning may have stopped half-way). */
    void deleteSnapshot(String repository, String snapshot) {
        if (names(repository).contains(snapshot)) {
            send("DELETE", "/_snapshot/" + repository + "/" + snapshot, null);
        }
    }

    private java.util.Set<String> names(String repository) {
        java.util.Set<String> names = new java.util.HashSet<>();
        send("GET", "/_snapshot/" + repository + "/_all", null)
                .path("snapshots")
                .forEach(s -> names.add(s.path("snapshot").asString()));
        return names;
    }

    /** How many of these registrant ids the index holds. */
    long indexed(Collection<String> registrantIds) {
        String ids = registrantIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        JsonNode found = send(
                "POST",
                "/registrants/_search",
                JSON.readTree("{\"query\":{\"ids\":{\"values\":[" + ids + "]}},\"size\":0,\"track_total_hits\":true}"));
        return found.path("hits").path("total").path("value").asLong();
    }

    /** The ids of the registrant index's documents, the first 10,000 (a drill's registry is small). */
    java.util.List<String> documentIds() {
        JsonNode found = send(
                "POST",
                "/registrants/_search",
                JSON.readTree("{\"query\":{\"match_all\":{}},\"_source\":false,\"size\":10000}"));
        java.util.List<String> ids = new java.util.ArrayList<>();
        found.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asString()));
        return ids;
    }

    /** Documents in the registrant index altogether. */
    long documents() {
        return send("GET", "/registrants/_count", null).path("count").asLong();
    }

    private JsonNode send(String method, String path, JsonNode body) {
        HttpRequest request = node.request(path, ElasticsearchAccess.DRILL)
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> response = node.http().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
