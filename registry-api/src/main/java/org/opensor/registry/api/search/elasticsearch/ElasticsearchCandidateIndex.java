package org.opensor.registry.api.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.opensor.registry.api.search.CandidateIndex;
import org.opensor.registry.api.search.IndexedRegistrant;
import org.opensor.registry.api.search.SearchSettings;
import org.springframework.stereotype.Repository;

/**
 * Candidates from the search-indexer's index, read through its alias: a {@code bool/should} of one {@code term}
 * query per key on the {@code keys} keyword field, so a rare key (a document number, a full date of birth) weighs
 * more than a common one (a trigram), as in the evaluation's in-memory key index.
 */
@Repository
class ElasticsearchCandidateIndex implements CandidateIndex {

    /** Far below Elasticsearch's clause limit; a query has a few dozen keys. */
    private static final int MAX_KEYS = 512;
    /** The fields {@link IndexedRegistrant} reads; the keys and bookkeeping stay in the index. */
    private static final List<String> FIELDS = List.of("registrantId", "version", "familyName", "givenNames",
            "originalScriptName", "dateOfBirth", "dateOfBirthPlusMinusYears", "sex", "nationalities", "aliases",
            "documentNumbers");

    private final ElasticsearchClient client;
    private final SearchSettings settings;

    ElasticsearchCandidateIndex(ElasticsearchClient client, SearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public List<IndexedRegistrant> candidates(Collection<String> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Query> should = keys.stream().limit(MAX_KEYS)
                .map(key -> Query.of(q -> q.term(t -> t.field("keys").value(key)))).toList();
        try {
            return client.search(s -> s.index(settings.indexAlias()).size(limit)
                            .query(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")))
                            .source(src -> src.filter(f -> f.includes(FIELDS))), IndexedRegistrant.class)
                    .hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
