package org.opensor.registry.api.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.json.JsonData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.opensor.registry.api.search.CandidateIndex;
import org.opensor.registry.api.search.SearchSettings;
import org.opensor.registry.index.CandidatePayload;
import org.opensor.registry.index.IndexedRegistrant;
import org.opensor.registry.index.RegistrantIndexMapping;
import org.opensor.registry.matching.keys.IdentityKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Repository;

/**
 * Candidates from the search-indexer's index, read through its alias: a {@code bool/should} of one {@code term}
 * query per key on the {@code keys} keyword field, so a rare key (a document number, a full date of birth) weighs
 * more than a common one (a trigram), and those two weigh more again ({@link IdentityKeys#boostOf}), as in the
 * evaluation's in-memory key index. Total hits are not counted, which
 * lets Lucene skip documents that cannot reach the top {@code limit}.
 *
 * <p>Each hit brings what the search reads of the registrant in its {@code candidate} doc value (the indexer's
 * {@code CandidatePayload}): one request, no stored fields. A batch of searches brings ids first and then each distinct
 * registrant's payload once, since its searches share most registrants. Every candidate is parsed afresh, with every search:
 * registrants kept in memory between searches made the collector's pauses five to ten times longer
 * (docs/benchmarks.md). A document without a payload (from an indexer older than the payload) fails the search
 * rather than shortening its candidate list: rebuilding the index is the migration.
 */
@Repository
class ElasticsearchCandidateIndex implements CandidateIndex {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchCandidateIndex.class);
    private static final String CANDIDATE = RegistrantIndexMapping.CANDIDATE;
    /** The registrant's id as a doc value: what a batch's searches bring before the payloads. */
    private static final String REGISTRANT_ID = "registrantId";
    /** Distinct registrants whose payloads one request reads: below the index's 10,000-hit window. */
    private static final int PAYLOADS_PER_REQUEST = 5_000;

    private static final String DOCUMENT_KEY_PREFIX = "doc:";
    /** Far below Elasticsearch's clause limit; a query has a few dozen keys. */
    private static final int MAX_KEYS = 512;

    private final ElasticsearchClient client;
    private final SearchSettings settings;

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
        List<? extends Collection<String>> searched =
                keySets.stream().filter(keys -> !keys.isEmpty()).toList();
        if (searched.isEmpty()) {
            return keySets.stream().map(keys -> Candidates.none()).toList();
        }
        List<Candidates> found =
                searched.size() == 1 ? withPayloads(searched, limit) : idsThenPayloads(searched, limit);
        var answers = found.iterator();
        return keySets.stream()
                .map(keys -> keys.isEmpty() ? Candidates.none() : answers.next())
                .toList();
    }

    /** One search: each hit brings its payload, in one request. */
    private List<Candidates> withPayloads(List<? extends Collection<String>> searched, int limit) {
        // Payloads from doc values and no stored fields at all: reading even the _id opens the stored-fields block
        // that holds the whole document.
        return search(searched, limit + 1, b -> b.storedFields("_none_").docvalueFields(f -> f.field(CANDIDATE)))
                .stream()
                .map(list -> new Candidates(
                        fromPayloads(list.subList(0, Math.min(limit, list.size()))), tiedAtTheCut(list, limit)))
                .toList();
    }

    /**
     * Many searches (a decree's lines, a manifest's travellers): their hits share most registrants, so the searches
     * bring ids and scores only, and each distinct registrant's payload is read once afterwards, in requests of at
     * most {@link #PAYLOADS_PER_REQUEST}. A registrant removed between the two steps is left out of the candidates.
     */
    private List<Candidates> idsThenPayloads(List<? extends Collection<String>> searched, int limit) {
        List<List<Hit<IndexedRegistrant>>> hits =
                search(searched, limit + 1, b -> b.storedFields("_none_").docvalueFields(f -> f.field(REGISTRANT_ID)));
        List<String> distinct = hits.stream()
                .flatMap(list -> list.subList(0, Math.min(limit, list.size())).stream())
                .map(ElasticsearchCandidateIndex::idOf)
                .distinct()
                .toList();
        Map<String, IndexedRegistrant> payloads = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += PAYLOADS_PER_REQUEST) {
            List<FieldValue> ids =
                    distinct.subList(from, Math.min(distinct.size(), from + PAYLOADS_PER_REQUEST)).stream()
                            .map(FieldValue::of)
                            .toList();
            try {
                client.search(
                                r -> r.index(settings.indexAlias())
                                        .size(ids.size())
                                        .trackTotalHits(t -> t.enabled(false))
                                        .storedFields("_none_")
                                        .docvalueFields(f -> f.field(CANDIDATE))
                                        .query(q -> q.terms(
                                                t -> t.field(REGISTRANT_ID).terms(v -> v.value(ids)))),
                                IndexedRegistrant.class)
                        .hits()
                        .hits()
                        .forEach(hit -> {
                            IndexedRegistrant registrant = payloadOf(hit);
                            payloads.put(registrant.registrantId(), registrant);
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hits.stream()
                .map(list -> new Candidates(
                        list.subList(0, Math.min(limit, list.size())).stream()
                                .map(hit -> payloads.get(idOf(hit)))
                                .filter(Objects::nonNull)
                                .toList(),
                        tiedAtTheCut(list, limit)))
                .toList();
    }

    private static String idOf(Hit<?> hit) {
        return hit.fields().get(REGISTRANT_ID).toJson().asJsonArray().getString(0);
    }

    /**
     * The exact key weighs double, so its holders come first; Lucene's fuzzy query on the keyword field finds the keys
     * one edit away (a transposition counted as one), the {@code doc:} prefix kept exact so no other kind of key can
     * answer.
     */
    @Override
    public Candidates candidatesNearDocument(String documentKey, int limit) {
        Query exact =
                Query.of(q -> q.term(t -> t.field("keys").value(documentKey).boost(2f)));
        Query oneSlip = Query.of(q -> q.fuzzy(f -> f.field("keys")
                .value(documentKey)
                .fuzziness("1")
                .prefixLength(DOCUMENT_KEY_PREFIX.length())
                .transpositions(true)));
        List<Hit<IndexedRegistrant>> hits = searchEach(
                        List.of(Query.of(
                                q -> q.bool(b -> b.should(exact, oneSlip).minimumShouldMatch("1")))),
                        limit + 1,
                        b -> b.storedFields("_none_").docvalueFields(f -> f.field(CANDIDATE)))
                .getFirst();
        return new Candidates(fromPayloads(hits.subList(0, Math.min(limit, hits.size()))), tiedAtTheCut(hits, limit));
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

    /** The registrants behind the hits, in order, each from its candidate payload. */
    private static List<IndexedRegistrant> fromPayloads(List<Hit<IndexedRegistrant>> hits) {
        List<IndexedRegistrant> registrants = new ArrayList<>(hits.size());
        for (Hit<IndexedRegistrant> hit : hits) {
            registrants.add(payloadOf(hit));
        }
        return registrants;
    }

    private static IndexedRegistrant payloadOf(Hit<?> hit) {
        JsonData values = hit.fields().get(CANDIDATE);
        if (values == null) {
            // Not logged with the hit: its id is all it has, and the operator needs the remedy, not the record.
            log.error(
                    "The search index holds a document without a candidate payload, written by an older search-indexer;"
                            + " searches fail until the index is rebuilt (search-indexer --rebuild-index).");
            throw new DataAccessResourceFailureException("candidate without payload: the index needs a rebuild");
        }
        return CandidatePayload.read(values.toJson().asJsonArray().getString(0));
    }

    private List<List<Hit<IndexedRegistrant>>> search(
            List<? extends Collection<String>> keySets, int limit, UnaryOperator<SearchRequestBody.Builder> reading) {
        return searchEach(
                keySets.stream().map(ElasticsearchCandidateIndex::anyOf).toList(), limit, reading);
    }

    private List<List<Hit<IndexedRegistrant>>> searchEach(
            List<Query> queries, int limit, UnaryOperator<SearchRequestBody.Builder> reading) {
        List<RequestItem> searches = queries.stream()
                .map(query -> RequestItem.of(r -> r.header(h -> h)
                        .body(SearchRequestBody.of(b -> reading.apply(b.size(limit)
                                .trackTotalHits(t -> t.enabled(false))
                                .query(query))))))
                .toList();
        try {
            return client
                    .msearch(m -> m.index(settings.indexAlias()).searches(searches), IndexedRegistrant.class)
                    .responses()
                    .stream()
                    .map(ElasticsearchCandidateIndex::hitsOf)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Hit<IndexedRegistrant>> hitsOf(MultiSearchResponseItem<IndexedRegistrant> response) {
        if (response.isFailure()) {
            // The type only: a reason may quote the query, and the query holds a person's names. A missing index (not
            // built yet) or failed shards is an index that cannot answer now: the caller gets 503 and retries.
            throw new DataAccessResourceFailureException(
                    "candidate search failed: " + response.failure().error().type());
        }
        return response.result().hits().hits();
    }

    /**
     * One {@code term} per key, weighted by {@link IdentityKeys#boostOf}: a shared document number or full date of birth
     * brings a registrant in before namesakes who share only a common name.
     */
    private static Query anyOf(Collection<String> keys) {
        List<Query> should = keys.stream()
                .limit(MAX_KEYS)
                .map(key -> Query.of(q -> q.term(t -> {
                    t.field("keys").value(key);
                    double boost = IdentityKeys.boostOf(key);
                    return boost == 1 ? t : t.boost((float) boost);
                })))
                .toList();
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }
}
