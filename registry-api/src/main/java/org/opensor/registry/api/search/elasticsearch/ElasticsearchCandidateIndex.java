package org.opensor.registry.api.search.elasticsearch;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Response;
import co.elastic.clients.transport.rest5_client.low_level.ResponseException;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.opensor.registry.api.search.CandidateIndex;
import org.opensor.registry.api.search.SearchSettings;
import org.opensor.registry.api.search.elasticsearch.SearchHits.Hit;
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
 * {@code CandidatePayload}): one request, no stored fields. A large batch of searches (a decree's lines) brings ids first
 * and then each distinct registrant's payload once, since its searches share most registrants. Every candidate is parsed afresh, with every search:
 * registrants kept in memory between searches made the collector's pauses five to ten times longer
 * (docs/benchmarks.md). A document without a payload (from an indexer older than the payload) fails the search
 * rather than shortening its candidate list: rebuilding the index is the migration.
 *
 * <p>Requests go through the low-level client, their bodies written and their responses read token by token
 * ({@link SearchBodies}, {@link SearchHits}): the typed client's query objects and JSON-P hits were a tenth of an
 * identity search's allocation in registry-api.
 */
@Repository
class ElasticsearchCandidateIndex implements CandidateIndex {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchCandidateIndex.class);
    private static final String CANDIDATE = RegistrantIndexMapping.CANDIDATE;
    /** The registrant's id as a doc value: what a batch's searches bring before the payloads. */
    private static final String REGISTRANT_ID = "registrantId";
    /** Distinct registrants whose payloads one request reads: below the index's 10,000-hit window. */
    private static final int PAYLOADS_PER_REQUEST = 5_000;
    /**
     * Up to this many hits in one multi-search (a manifest's batch of travellers), each brings its payload: at 1,000,000
     * registrants, looking up the ids of a batch's distinct registrants and reading their payloads in a second request
     * cost Elasticsearch more than the few payloads its searches share. Larger batches (a decree's lines, each with
     * a hundred candidates) share many and read each payload once.
     */
    private static final int HITS_WITH_PAYLOADS = 1_000;

    private static final String DOCUMENT_KEY_PREFIX = "doc:";
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

    private final Rest5Client elasticsearch;
    private final SearchSettings settings;

    ElasticsearchCandidateIndex(Rest5Client elasticsearch, SearchSettings settings) {
        this.elasticsearch = elasticsearch;
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
        List<Candidates> found = searched.size() * (limit + 1) <= HITS_WITH_PAYLOADS
                ? withPayloads(searched, limit)
                : idsThenPayloads(searched, limit);
        var answers = found.iterator();
        return keySets.stream()
                .map(keys -> keys.isEmpty() ? Candidates.none() : answers.next())
                .toList();
    }

    /** Each hit brings its payload, in one request. */
    private List<Candidates> withPayloads(List<? extends Collection<String>> searched, int limit) {
        List<List<Hit>> hits = multiSearch(SearchBodies.anyKeyOfEach(searched, limit + 1, CANDIDATE), CANDIDATE);
        List<Candidates> found = new ArrayList<>(hits.size());
        for (List<Hit> list : hits) {
            found.add(new Candidates(
                    fromPayloads(list.subList(0, Math.min(limit, list.size()))), tiedAtTheCut(list, limit)));
        }
        return found;
    }

    /**
     * Many searches (a decree's lines, each with a hundred candidates): their hits share most registrants, so the searches
     * bring ids and scores only, and each distinct registrant's payload is read once afterwards, in requests of at
     * most {@link #PAYLOADS_PER_REQUEST}. A registrant removed between the two steps is left out of the candidates.
     */
    private List<Candidates> idsThenPayloads(List<? extends Collection<String>> searched, int limit) {
        List<List<Hit>> hits =
                multiSearch(SearchBodies.anyKeyOfEach(searched, limit + 1, REGISTRANT_ID), REGISTRANT_ID);
        List<String> distinct = hits.stream()
                .flatMap(list -> list.subList(0, Math.min(limit, list.size())).stream())
                .map(ElasticsearchCandidateIndex::idOf)
                .distinct()
                .toList();
        Map<String, IndexedRegistrant> payloads = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += PAYLOADS_PER_REQUEST) {
            List<String> ids = distinct.subList(from, Math.min(distinct.size(), from + PAYLOADS_PER_REQUEST));
            List<Hit> found = perform(
                    "/_search",
                    new ByteArrayEntity(
                            SearchBodies.byIds(REGISTRANT_ID, ids, CANDIDATE), ContentType.APPLICATION_JSON),
                    in -> SearchHits.of(in, CANDIDATE));
            for (Hit hit : found) {
                IndexedRegistrant registrant = payloadOf(hit);
                payloads.put(registrant.registrantId(), registrant);
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

    private static String idOf(Hit hit) {
        if (hit.text() == null) {
            throw new DataAccessResourceFailureException("candidate without registrant id: the index needs a rebuild");
        }
        return hit.text();
    }

    /**
     * The exact key weighs double, so its holders come first; Lucene's fuzzy query on the keyword field finds the keys
     * one edit away (a transposition counted as one), the {@code doc:} prefix kept exact so no other kind of key can
     * answer.
     */
    @Override
    public Candidates candidatesNearDocument(String documentKey, int limit) {
        List<Hit> hits = multiSearch(
                        SearchBodies.nearDocument(documentKey, DOCUMENT_KEY_PREFIX.length(), limit + 1, CANDIDATE),
                        CANDIDATE)
                .getFirst();
        return new Candidates(fromPayloads(hits.subList(0, Math.min(limit, hits.size()))), tiedAtTheCut(hits, limit));
    }

    /** How many of the first {@code limit} hits score exactly as the hit after them; 0 if there is none after them. */
    private static int tiedAtTheCut(List<Hit> hits, int limit) {
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
    private static List<IndexedRegistrant> fromPayloads(List<Hit> hits) {
        List<IndexedRegistrant> registrants = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            registrants.add(payloadOf(hit));
        }
        return registrants;
    }

    private static IndexedRegistrant payloadOf(Hit hit) {
        if (hit.payload() == null) {
            // Not logged with the hit: its id is all it has, and the operator needs the remedy, not the record.
            log.error(
                    "The search index holds a document without a candidate payload, written by an older search-indexer;"
                            + " searches fail until the index is rebuilt (search-indexer --rebuild-index).");
            throw new DataAccessResourceFailureException("candidate without payload: the index needs a rebuild");
        }
        return CandidatePayload.read(hit.payload());
    }

    private List<List<Hit>> multiSearch(byte[] body, String field) {
        return perform("/_msearch", new ByteArrayEntity(body, NDJSON), in -> SearchHits.ofEach(in, field));
    }

    private <T> T perform(String endpoint, ByteArrayEntity body, Function<InputStream, T> reader) {
        Request request = new Request("POST", "/" + settings.indexAlias() + endpoint);
        request.setEntity(body);
        try {
            Response response = elasticsearch.performRequest(request);
            try (InputStream in = response.getEntity().getContent()) {
                return reader.apply(in);
            }
        } catch (ResponseException e) {
            // The status only: the body may quote the query, and the query holds a person's names.
            int status = e.getResponse().getStatusCode();
            if (status == 429 || status >= 500 || status == 404) {
                throw new DataAccessResourceFailureException("candidate search failed: status " + status);
            }
            throw new IllegalStateException("candidate search refused: status " + status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
