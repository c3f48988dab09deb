package org.opensor.registry.indexer.registrant.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensor.registry.index.RegistrantDocument;
import org.opensor.registry.index.RegistrantIndexMapping;
import org.opensor.registry.indexer.registrant.RegistrantIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

/**
 * The registrant index in Elasticsearch. Readers use the alias {@code registrants}; it points at a concrete,
 * numbered index ({@code registrants-v1-0001}, {@code -0002}, ...) so a rebuild can fill a new one and swap the
 * alias with no gap. Documents are written with external versioning: Elasticsearch itself refuses a version that
 * is not newer than the stored one.
 */
@Repository
class ElasticsearchRegistrantIndex implements RegistrantIndex {

    static final String ALIAS = "registrants";
    static final String PREFIX = "registrants-v1-";
    static final String FIRST_INDEX = PREFIX + "0001";
    private static final String CANDIDATE = RegistrantIndexMapping.CANDIDATE;
    /**
     * How long Elasticsearch remembers a deleted document's version. The indexer never deletes a document, so a
     * tombstone only comes from someone else's delete, and while it lasts it refuses the document's own version: the
     * reconciliation could not put it back. Forgotten at the next refresh instead of after 60 s.
     */
    static final String GC_DELETES = "0s";

    private static final Pattern NUMBERED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)");

    private final ElasticsearchClient client;
    private final String refreshInterval;

    /**
     * @param refreshInterval how often a change becomes searchable (Elasticsearch's {@code index.refresh_interval}):
     *     most of issue 5's commit-to-searchable time is the wait for the next refresh, so the default is half of
     *     Elasticsearch's 1 s; a refresh of a poll's few documents is cheap beside the searches
     */
    ElasticsearchRegistrantIndex(
            ElasticsearchClient client, @Value("${registry.indexer.refresh-interval:500ms}") String refreshInterval) {
        this.client = client;
        this.refreshInterval = refreshInterval;
    }

    /** One copy on another node wherever a second data node exists (cluster mode), none on a single node. */
    static final String REPLICAS = "0-1";

    @Override
    public void ensureExists() {
        try {
            if (client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
                // A dynamic setting: an index made before (or with another interval) follows this configuration.
                refreshAsConfigured(ALIAS);
                return;
            }
            client.indices()
                    .create(c -> c.index(FIRST_INDEX)
                            .settings(s -> s.numberOfShards("1")
                                    .autoExpandReplicas(REPLICAS)
                                    .refreshInterval(t -> t.time(refreshInterval))
                                    .gcDeletes(t -> t.time(GC_DELETES)))
                            .mappings(mapping())
                            .aliases(ALIAS, a -> a.isWriteIndex(true)));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared mapping of registrant-index, read afresh for each index made. */
    private static TypeMapping mapping() {
        try (var json = RegistrantIndexMapping.open()) {
            return TypeMapping.of(m -> m.withJson(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Outcome> store(List<RegistrantDocument> documents) {
        // One bulk request for a whole poll: Elasticsearch syncs its translog once per request, and one request
        // per event capped the indexer near ten events a second.
        return bulk(ALIAS, documents, false);
    }

    /**
     * As searchable (after a refresh): the stored fields, and the keys and candidate payload from their doc values,
     * since the source leaves them out.
     */
    @Override
    public Optional<RegistrantDocument> find(String registrantId) {
        try {
            var hits = client.search(
                            s -> s.index(ALIAS)
                                    .query(q -> q.ids(i -> i.values(registrantId)))
                                    .size(1)
                                    .docvalueFields(f -> f.field(RegistrantIndexMapping.KEYS))
                                    .docvalueFields(f -> f.field(CANDIDATE)),
                            RegistrantDocument.class)
                    .hits()
                    .hits();
            return hits.stream()
                    .findFirst()
                    .filter(hit -> hit.source() != null)
                    .map(hit -> hit.source()
                            .withIndexOnlyFields(
                                    docValues(hit.fields(), RegistrantIndexMapping.KEYS),
                                    docValues(hit.fields(), CANDIDATE).stream()
                                            .findFirst()
                                            .orElse(null)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> docValues(Map<String, JsonData> fields, String field) {
        return fields.containsKey(field)
                ? fields.get(field).toJson().asJsonArray().getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList()
                : List.of();
    }

    /** The external versions (= registrant versions) of the documents, without their source. */
    @Override
    public Map<String, Long> versions(java.util.Collection<String> registrantIds) {
        if (registrantIds.isEmpty()) {
            return Map.of();
        }
        try {
            var response = client.mget(
                    m -> m.index(ALIAS).ids(List.copyOf(registrantIds)).source(src -> src.fetch(false)), Void.class);
            Map<String, Long> versions = new java.util.HashMap<>();
            for (var item : response.docs()) {
                if (item.isResult() && item.result().found() && item.result().version() != null) {
                    versions.put(item.result().id(), item.result().version());
                }
            }
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> currentIndex() {
        try {
            if (!client.indices().existsAlias(a -> a.name(ALIAS)).value()) {
                return Optional.empty();
            }
            return client.indices().getAlias(g -> g.name(ALIAS)).aliases().keySet().stream()
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String createNextIndex() {
        int next = currentIndex()
                .map(NUMBERED::matcher)
                .filter(Matcher::matches)
                .map(m -> Integer.parseInt(m.group(1)) + 1)
                .orElse(1);
        try {
            while (client.indices()
                    .exists(e -> e.index(PREFIX + "%04d".formatted(next)))
                    .value()) {
                // A rebuild that failed half-way left this one behind: it is not under the alias, so drop it.
                client.indices().delete(d -> d.index(PREFIX + "%04d".formatted(next)));
            }
            String name = PREFIX + "%04d".formatted(next);
            // Not refreshed while it fills: nobody searches it before the alias moves (makeSearchable).
            client.indices()
                    .create(c -> c.index(name)
                            .settings(s -> s.numberOfShards("1")
                                    .numberOfReplicas("0")
                                    .refreshInterval(t -> t.time("-1"))
                                    .gcDeletes(t -> t.time(GC_DELETES)))
                            .mappings(mapping()));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int storeAll(String concreteIndex, List<RegistrantDocument> documents) {
        return (int) bulk(concreteIndex, documents, false).stream()
                .filter(outcome -> outcome == Outcome.INDEXED)
                .count();
    }

    private void refreshAsConfigured(String indexOrAlias) throws IOException {
        client.indices()
                .putSettings(p -> p.index(indexOrAlias)
                        .settings(s -> s.refreshInterval(t -> t.time(refreshInterval))
                                .gcDeletes(t -> t.time(GC_DELETES))
                                .autoExpandReplicas(REPLICAS)));
    }

    @Override
    public void makeSearchable(String concreteIndex) {
        try {
            refreshAsConfigured(concreteIndex);
            client.indices().refresh(r -> r.index(concreteIndex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void mergeInBackground(String concreteIndex) {
        try {
            client.indices()
                    .forcemerge(f -> f.index(concreteIndex).maxNumSegments(1L).waitForCompletion(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores with external versions (an older version is refused with 409: already current); fails on any other error. */
    private List<Outcome> bulk(String target, List<RegistrantDocument> documents, boolean refresh) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            List<BulkOperation> operations = documents.stream()
                    .map(d -> BulkOperation.of(op -> op.index(i -> i.index(target)
                            .id(d.registrantId())
                            .version(d.version())
                            .versionType(VersionType.External)
                            .document(d))))
                    .toList();
            BulkResponse response = client.bulk(b -> b.operations(operations)
                    .refresh(
                            refresh
                                    ? co.elastic.clients.elasticsearch._types.Refresh.True
                                    : co.elastic.clients.elasticsearch._types.Refresh.False));
            List<Outcome> outcomes = new ArrayList<>(documents.size());
            for (BulkResponseItem item : response.items()) {
                if (item.error() == null) {
                    outcomes.add(Outcome.INDEXED);
                } else if (item.status() == 409) {
                    outcomes.add(Outcome.ALREADY_CURRENT);
                } else {
                    throw new IllegalStateException("bulk indexing into " + target + " failed: "
                            + item.error().type() + " (status " + item.status() + ")");
                }
            }
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void moveAlias(String oldIndex, String newIndex) {
        try {
            client.indices().updateAliases(u -> {
                if (oldIndex != null) {
                    u.actions(a -> a.remove(r -> r.index(oldIndex).alias(ALIAS)));
                }
                return u.actions(
                        a -> a.add(ad -> ad.index(newIndex).alias(ALIAS).isWriteIndex(true)));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String concreteIndex) {
        try {
            client.indices().delete(d -> d.index(concreteIndex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long count(String indexOrAlias) {
        try {
            return client.count(c -> c.index(indexOrAlias)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
