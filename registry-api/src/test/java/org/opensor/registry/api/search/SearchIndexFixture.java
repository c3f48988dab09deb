package org.opensor.registry.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.index.IndexedRegistrant;
import org.opensor.registry.index.RegistrantDocument;
import org.opensor.registry.index.RegistrantIndexMapping;

/**
 * The search index as the search-indexer would fill it, for registry-api tests (the indexer does not run in this
 * module's tests): a fresh index with the indexer's mapping under the test alias, and documents made from each
 * registrant's newest event on Kafka by the indexer's own conversion (registrant-index).
 */
public final class SearchIndexFixture {

    private SearchIndexFixture() {}

    /** A new empty index with the indexer's mapping (registrant-index's resource), and the test alias moved onto it. */
    public static void freshIndexUnderTheTestAlias(ElasticsearchClient elasticsearch) throws IOException {
        String index = TestServers.SEARCH_ALIAS + "-" + UUID.randomUUID();
        try (InputStream mapping = RegistrantIndexMapping.open()) {
            elasticsearch
                    .indices()
                    .create(c -> c.index(index)
                            .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                            .mappings(m -> m.withJson(mapping)));
        }
        List<String> previous = elasticsearch
                        .indices()
                        .existsAlias(a -> a.name(TestServers.SEARCH_ALIAS))
                        .value()
                ? List.copyOf(elasticsearch
                        .indices()
                        .getAlias(g -> g.name(TestServers.SEARCH_ALIAS))
                        .aliases()
                        .keySet())
                : List.of();
        elasticsearch.indices().updateAliases(u -> {
            previous.forEach(old -> u.actions(a -> a.removeIndex(r -> r.index(old))));
            return u.actions(a ->
                    a.add(ad -> ad.index(index).alias(TestServers.SEARCH_ALIAS).isWriteIndex(true)));
        });
    }

    /** Takes each registrant's newest event from Kafka and stores the document the indexer would make of it. */
    public static void indexFromTheirEvents(ElasticsearchClient elasticsearch, List<String> ids) throws IOException {
        try (RegistrantEvents events = new RegistrantEvents()) {
            for (String id : ids) {
                RegistrantStateV1 state = EventCodec.read(
                        events.await(r -> id.equals(r.key()), Duration.ofSeconds(30))
                                .value(),
                        RegistrantStateV1.class);
                RegistrantDocument document =
                        RegistrantDocument.fromEvent(state, UUID.randomUUID().toString());
                elasticsearch.index(i -> i.index(TestServers.SEARCH_ALIAS)
                        .id(id)
                        .version(state.version())
                        .versionType(VersionType.External)
                        .document(document)
                        .refresh(Refresh.True));
            }
        }
    }

    /**
     * Indexes {@code count} men of one name, born on different days from 1940 on, as a common name in a large registry.
     *
     * @return their registrant ids
     */
    public static List<String> indexNamesakes(
            ElasticsearchClient elasticsearch, String familyName, String givenNames, int count) throws IOException {
        List<String> ids = new ArrayList<>();
        BulkRequest.Builder bulk =
                new BulkRequest.Builder().index(TestServers.SEARCH_ALIAS).refresh(Refresh.True);
        for (int n = 0; n < count; n++) {
            IndexedRegistrant namesake = new IndexedRegistrant(
                    UUID.randomUUID().toString(),
                    1,
                    familyName,
                    givenNames,
                    null,
                    LocalDate.of(1940, 1, 1).plusDays(97L * n).toString(),
                    null,
                    "MALE",
                    List.of("KHM"),
                    List.of(),
                    List.of());
            bulk.operations(op -> op.index(i -> i.id(namesake.registrantId())
                    .version(1L)
                    .versionType(VersionType.External)
                    .document(documentOf(namesake, "2026-11-28T10:00:00Z"))));
            ids.add(namesake.registrantId());
        }
        assertThat(elasticsearch.bulk(bulk.build()).errors())
                .as("namesakes indexed")
                .isFalse();
        return ids;
    }

    /** The document the indexer writes for {@code indexed}: its fields, their retrieval keys and candidate payload. */
    public static RegistrantDocument documentOf(IndexedRegistrant indexed, String changedAt) {
        return RegistrantDocument.of(indexed, UUID.randomUUID().toString(), changedAt);
    }
}
