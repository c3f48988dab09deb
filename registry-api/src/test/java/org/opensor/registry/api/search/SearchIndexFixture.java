package org.opensor.registry.api.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.matching.keys.IdentityKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.JsonNode;

/**
 * The search index as the search-indexer would fill it, for registry-api tests (the indexer does not run in this
 * module's tests): a fresh index with the indexer's mapping under the test alias, and documents made from each
 * registrant's newest event on Kafka, in the indexer's shape.
 */
public final class SearchIndexFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchIndexFixture() {
    }

    /** A new empty index with the indexer's mapping for the fields searched, and the test alias moved onto it. */
    public static void freshIndexUnderTheTestAlias(ElasticsearchClient elasticsearch) throws IOException {
        String index = TestServers.SEARCH_ALIAS + "-" + UUID.randomUUID();
        elasticsearch.indices().create(c -> c.index(index)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(m -> m.dynamic(DynamicMapping.Strict)
                        .source(src -> src.excludes("keys", "candidate"))
                        .properties("registrantId", p -> p.keyword(k -> k))
                        .properties("version", p -> p.long_(l -> l))
                        .properties("familyName", p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k))))
                        .properties("givenNames", p -> p.text(t -> t))
                        .properties("originalScriptName", p -> p.text(t -> t))
                        .properties("dateOfBirth", p -> p.keyword(k -> k))
                        .properties("dateOfBirthPlusMinusYears", p -> p.integer(i -> i))
                        .properties("sex", p -> p.keyword(k -> k))
                        .properties("nationalities", p -> p.keyword(k -> k))
                        .properties("aliases", p -> p.object(o -> o.enabled(false)))
                        .properties("documentNumbers", p -> p.keyword(k -> k))
                        .properties("keys", p -> p.keyword(k -> k))
                        .properties("lastEventId", p -> p.keyword(k -> k))
                        .properties("changedAt", p -> p.date(d -> d))
                        .properties("candidate", p -> p.binary(b -> b.docValues(d -> d.enabled(true))))));
        List<String> previous = elasticsearch.indices().existsAlias(a -> a.name(TestServers.SEARCH_ALIAS)).value()
                ? List.copyOf(elasticsearch.indices().getAlias(g -> g.name(TestServers.SEARCH_ALIAS)).aliases().keySet())
                : List.of();
        elasticsearch.indices().updateAliases(u -> {
            previous.forEach(old -> u.actions(a -> a.removeIndex(r -> r.index(old))));
            return u.actions(a -> a.add(ad -> ad.index(index).alias(TestServers.SEARCH_ALIAS).isWriteIndex(true)));
        });
    }

    /** Takes each registrant's newest event from Kafka and stores the document the indexer would make of it. */
    public static void indexFromTheirEvents(ElasticsearchClient elasticsearch, List<String> ids) throws IOException {
        try (RegistrantEvents events = new RegistrantEvents()) {
            for (String id : ids) {
                RegistrantStateV1 state = EventCodec.read(events.await(r -> id.equals(r.key()), Duration.ofSeconds(30)).value(),
                        RegistrantStateV1.class);
                Map<String, Object> document = documentOf(state);
                elasticsearch.index(i -> i.index(TestServers.SEARCH_ALIAS).id(id).version(state.version())
                        .versionType(VersionType.External).document(document).refresh(Refresh.True));
            }
        }
    }

    private static Map<String, Object> documentOf(RegistrantStateV1 state) {
        List<IndexedRegistrant.IndexedAlias> aliases = state.aliases().stream().map(a -> new IndexedRegistrant.IndexedAlias(
                a.familyName(), a.givenNames(), a.fullName(), a.dateOfBirth())).toList();
        List<String> documents = state.documents().stream().map(RegistrantStateV1.Document::number).toList();
        IndexedRegistrant indexed = new IndexedRegistrant(state.registrantId().toString(), state.version(), state.familyName(),
                state.givenNames(), state.originalScriptName(), state.dateOfBirth(), state.dateOfBirthPlusMinusYears(), state.sex(),
                state.nationalities(), aliases, documents);
        return documentOf(indexed, state.changedAt().toString());
    }

    /**
     * Indexes {@code count} men of one name, born on different days from 1940 on, as a common name in a large registry.
     *
     * @return their registrant ids
     */
    public static List<String> indexNamesakes(ElasticsearchClient elasticsearch, String familyName, String givenNames, int count)
            throws IOException {
        List<String> ids = new ArrayList<>();
        BulkRequest.Builder bulk = new BulkRequest.Builder()
                .index(TestServers.SEARCH_ALIAS).refresh(Refresh.True);
        for (int n = 0; n < count; n++) {
            IndexedRegistrant namesake = new IndexedRegistrant(UUID.randomUUID().toString(), 1, familyName, givenNames, null,
                    LocalDate.of(1940, 1, 1).plusDays(97L * n).toString(), null, "MALE", List.of("KHM"), List.of(), List.of());
            bulk.operations(op -> op.index(i -> i.id(namesake.registrantId()).version(1L).versionType(VersionType.External)
                    .document(documentOf(namesake, "2026-11-28T10:00:00Z"))));
            ids.add(namesake.registrantId());
        }
        assertThat(elasticsearch.bulk(bulk.build()).errors()).as("namesakes indexed").isFalse();
        return ids;
    }

    /** The document the indexer writes for {@code indexed}: its fields, and the retrieval keys of its identity. */
    public static Map<String, Object> documentOf(IndexedRegistrant indexed, String changedAt) {
        List<IndexedRegistrant.IndexedAlias> aliases = indexed.aliases();
        List<String> documents = indexed.documentNumbers();
        Map<String, Object> document = new HashMap<>();
        document.put("registrantId", indexed.registrantId());
        document.put("version", indexed.version());
        document.put("familyName", indexed.familyName());
        document.put("givenNames", indexed.givenNames());
        document.put("originalScriptName", indexed.originalScriptName());
        document.put("dateOfBirth", indexed.dateOfBirth());
        document.put("dateOfBirthPlusMinusYears", indexed.dateOfBirthPlusMinusYears());
        document.put("sex", indexed.sex());
        document.put("nationalities", indexed.nationalities());
        document.put("aliases", aliases.stream().map(a -> {
            Map<String, Object> alias = new HashMap<>();
            alias.put("familyName", a.familyName());
            alias.put("givenNames", a.givenNames());
            alias.put("fullName", a.fullName());
            alias.put("dateOfBirth", a.dateOfBirth());
            return alias;
        }).toList());
        document.put("documentNumbers", documents);
        document.put("keys", List.copyOf(IdentityKeys.of(indexed.toIdentity())));
        document.put("lastEventId", UUID.randomUUID().toString());
        document.put("changedAt", changedAt);
        document.put("candidate", candidatePayloadOf(document));
        return document;
    }

    /** The indexer's {@code CandidatePayload}: Base64 of the JSON of the fields a search reads, no nulls. */
    private static String candidatePayloadOf(Map<String, Object> document) {
        Map<String, Object> candidate = new LinkedHashMap<>();
        for (String field : List.of("registrantId", "version", "familyName", "givenNames", "originalScriptName", "dateOfBirth",
                "dateOfBirthPlusMinusYears", "sex", "nationalities", "aliases", "documentNumbers")) {
            if (document.get(field) != null) {
                candidate.put(field, document.get(field));
            }
        }
        return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(candidate));
    }
}
