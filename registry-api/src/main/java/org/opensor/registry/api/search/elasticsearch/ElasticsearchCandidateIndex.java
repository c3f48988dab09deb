package org.opensor.registry.api.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.opensor.registry.api.search.CandidateIndex;
import org.opensor.registry.api.search.IndexedRegistrant;
import org.opensor.registry.api.search.SearchSettings;
import org.opensor.registry.matching.keys.IdentityKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Repository;

/**
 * Candidates from the search-indexer's index, read through its alias: a {@code bool/should} of one {@code term}
 * query per key on the {@code keys} keyword field, so a rare key (a document number, a full date of birth) weighs
 * more than a common one (a trigram), and those two weigh more again ({@link IdentityKeys#boostOf}), as in the
 * evaluation's in-memory key index. Total hits are not counted, which
 * lets Lucene skip documents that cannot reach the top {@code limit}.
 *
 * <p>Each hit brings what the search reads of the registrant in its {@code candidate} doc value (the indexer's
 * {@code CandidatePayload}): one request, no stored fields. Every candidate is parsed afresh, with every search:
 * registrants kept in memory between searches made the collector's pauses five to ten times longer
 * (docs/benchmarks.md). Documents an older indexer wrote have no payload; a search that meets one is asked again
 * for the candidates' stored fields.
 */
@Repository
class ElasticsearchCandidateIndex implements CandidateIndex {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchCandidateIndex.class);
    /** The indexer's binary doc-value field: Base64 of the JSON of the fields below. */
    private static final String CANDIDATE = "candidate";
    /** Far below Elasticsearch's clause limit; a query has a few dozen keys. */
    private static final int MAX_KEYS = 512;
    /** The fields {@link IndexedRegistrant} reads, from the stored source of a document without a payload. */
    private static final List<String> FIELDS = List.of("registrantId", "version", "familyName", "givenNames",
            "originalScriptName", "dateOfBirth", "dateOfBirthPlusMinusYears", "sex", "nationalities", "aliases",
            "documentNumbers");

    private final ElasticsearchClient client;
    private final SearchSettings settings;
    /** Said once per start: an operator needs to know, not to be told at every search. */
    private final AtomicBoolean olderDocumentsReported = new AtomicBoolean();

    ElasticsearchCandidateIndex(ElasticsearchClient client, SearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public Candidates candidates(Collection<String> keys, int limit) {
        return candidatesOfEach(List.of(keys), limit).getFirst();
    }

    /**
     * One multi-search request; a failed search in it fails the whole call, as a failed single search would. Each
     * search asks for one hit more than {@code limit}, only to tell whether the index holds more registrants as close
     * by the keys as the last ones handed over: their scores are then equal (a keyword field has no length norms, so
     * registrants that share the same keys of a query score exactly the same).
     */
    @Override
    public List<Candidates> candidatesOfEach(List<? extends Collection<String>> keySets, int limit) {
        List<? extends Collection<String>> searched = keySets.stream().filter(keys -> !keys.isEmpty()).toList();
        if (searched.isEmpty()) {
            return keySets.stream().map(keys -> Candidates.none()).toList();
        }
        // Payloads from doc values and no stored fields at all: reading even the _id opens the stored-fields block
        // that holds the whole document.
        List<List<Hit<IndexedRegistrant>>> hits = search(searched, limit + 1,
                b -> b.storedFields("_none_").docvalueFields(f -> f.field(CANDIDATE)));
        List<Candidates> found = new ArrayList<>(hits.size());
        List<Integer> withoutPayload = new ArrayList<>();
        for (List<Hit<IndexedRegistrant>> list : hits) {
            List<IndexedRegistrant> registrants = fromPayloads(list.subList(0, Math.min(limit, list.size())));
            if (registrants == null) {
                withoutPayload.add(found.size());
            }
            found.add(registrants == null ? null : new Candidates(registrants, tiedAtTheCut(list, limit)));
        }
        if (!withoutPayload.isEmpty()) {
            if (olderDocumentsReported.compareAndSet(false, true)) {
                log.warn("The search index holds documents an older search-indexer wrote, without a candidate payload; searches "
                        + "that meet them ask Elasticsearch twice. Rebuild the index (search-indexer --rebuild-index) to end this.");
            }
            List<Candidates> again = searchWithoutPayloads(withoutPayload.stream().map(searched::get).toList(), limit);
            for (int i = 0; i < withoutPayload.size(); i++) {
                found.set(withoutPayload.get(i), again.get(i));
            }
        }
        var answers = found.iterator();
        return keySets.stream().map(keys -> keys.isEmpty() ? Candidates.none() : answers.next()).toList();
    }

    /** How many of the first {@code limit} hits score exactly as the hit after them; 0 if there is none after them. */
    private static int tiedAtTheCut(List<? extends Hit<?>> hits, int limit) {
        if (hits.size() <= limit) {
            return 0;
        }
        Double beyond = hits.get(limit).score();
        int tied = 0;
        while (tied < limit && Objects.equals(hits.get(limit - 1 - tied).score(), beyond)) {
            tied++;
        }
        return tied;
    }

    /** The registrants behind the hits, in order, or null if a hit has no payload (a document from an older indexer). */
    private static List<IndexedRegistrant> fromPayloads(List<Hit<IndexedRegistrant>> hits) {
        List<IndexedRegistrant> registrants = new ArrayList<>(hits.size());
        for (Hit<IndexedRegistrant> hit : hits) {
            JsonData values = hit.fields().get(CANDIDATE);
            if (values == null) {
                return null;
            }
            registrants.add(CandidatePayloads.read(Base64.getDecoder().decode(values.toJson().asJsonArray().getString(0))));
        }
        return registrants;
    }

    /**
     * Searches as before the payload, reading each candidate's stored fields: slower, and only until the index is
     * rebuilt.
     */
    private List<Candidates> searchWithoutPayloads(List<? extends Collection<String>> keySets, int limit) {
        return search(keySets, limit + 1, b -> b.source(src -> src.filter(f -> f.includes(FIELDS)))).stream()
                .map(list -> new Candidates(list.stream().limit(limit).map(Hit::source).filter(Objects::nonNull).toList(),
                        tiedAtTheCut(list, limit)))
                .toList();
    }

    private List<List<Hit<IndexedRegistrant>>> search(List<? extends Collection<String>> keySets, int limit,
                                                      UnaryOperator<SearchRequestBody.Builder> reading) {
        List<RequestItem> searches = keySets.stream().map(keys -> RequestItem.of(r -> r.header(h -> h)
                .body(SearchRequestBody.of(b -> reading.apply(b.size(limit).trackTotalHits(t -> t.enabled(false)).query(anyOf(keys)))))))
                .toList();
        try {
            return client.msearch(m -> m.index(settings.indexAlias()).searches(searches), IndexedRegistrant.class).responses()
                    .stream().map(ElasticsearchCandidateIndex::hitsOf).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Hit<IndexedRegistrant>> hitsOf(MultiSearchResponseItem<IndexedRegistrant> response) {
        if (response.isFailure()) {
            // The type only: a reason may quote the query, and the query holds a person's names. A missing index (not
            // built yet) or failed shards is an index that cannot answer now: the caller gets 503 and retries.
            throw new org.springframework.dao.DataAccessResourceFailureException("candidate search failed: " + response.failure().error().type());
        }
        return response.result().hits().hits();
    }

    /**
     * One {@code term} per key, weighted by {@link IdentityKeys#boostOf}: a shared document number or full date of birth
     * brings a registrant in before namesakes who share only a common name.
     */
    private static Query anyOf(Collection<String> keys) {
        List<Query> should = keys.stream().limit(MAX_KEYS).map(key -> Query.of(q -> q.term(t -> {
            t.field("keys").value(key);
            double boost = IdentityKeys.boostOf(key);
            return boost == 1 ? t : t.boost((float) boost);
        }))).toList();
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }
}
