package org.opensor.registry.api.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
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
 * more than a common one (a trigram), as in the evaluation's in-memory key index. Total hits are not counted, which
 * lets Lucene skip documents that cannot reach the top {@code limit}.
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
        try {
            return sources(client.search(s -> s.index(settings.indexAlias()).size(limit).trackTotalHits(t -> t.enabled(false))
                    .query(anyOf(keys)).source(src -> src.filter(f -> f.includes(FIELDS))), IndexedRegistrant.class).hits().hits());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One multi-search request; a failed search in it fails the whole call, as a failed single search would. */
    @Override
    public List<List<IndexedRegistrant>> candidatesOfEach(List<? extends Collection<String>> keySets, int limit) {
        List<? extends Collection<String>> searched = keySets.stream().filter(keys -> !keys.isEmpty()).toList();
        if (searched.isEmpty()) {
            return keySets.stream().map(keys -> List.<IndexedRegistrant>of()).toList();
        }
        List<RequestItem> searches = searched.stream().map(keys -> RequestItem.of(r -> r.header(h -> h)
                .body(SearchRequestBody.of(b -> b.size(limit).trackTotalHits(t -> t.enabled(false)).query(anyOf(keys))
                        .source(src -> src.filter(f -> f.includes(FIELDS))))))).toList();
        List<MultiSearchResponseItem<IndexedRegistrant>> responses;
        try {
            responses = client.msearch(m -> m.index(settings.indexAlias()).searches(searches), IndexedRegistrant.class).responses();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var answers = responses.iterator();
        return keySets.stream().map(keys -> keys.isEmpty() ? List.<IndexedRegistrant>of() : sources(answers.next())).toList();
    }

    private static List<IndexedRegistrant> sources(MultiSearchResponseItem<IndexedRegistrant> response) {
        if (response.isFailure()) {
            // The type only: a reason may quote the query, and the query holds a traveller's names.
            throw new IllegalStateException("candidate search failed: " + response.failure().error().type());
        }
        return sources(response.result().hits().hits());
    }

    private static List<IndexedRegistrant> sources(List<Hit<IndexedRegistrant>> hits) {
        return hits.stream().map(Hit::source).filter(Objects::nonNull).toList();
    }

    private static Query anyOf(Collection<String> keys) {
        List<Query> should = keys.stream().limit(MAX_KEYS).map(key -> Query.of(q -> q.term(t -> t.field("keys").value(key)))).toList();
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }
}
