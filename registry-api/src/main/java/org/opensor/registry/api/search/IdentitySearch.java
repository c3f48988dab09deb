package org.opensor.registry.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.index.IndexedRegistrant;
import org.opensor.registry.matching.keys.IdentityKeys;
import org.opensor.registry.matching.score.DocumentLookup;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.MatchResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Finds registrants from whatever an officer has, in two stages (DESIGN §5): candidates that share retrieval keys
 * with the query ({@link IdentityKeys}, the same keys the search-indexer stores), then every candidate re-scored
 * with {@link IdentityScorer} against its names and aliases, ranked by the evidence ({@link MatchResult#BEST_FIRST}: an
 * agreeing document first, then score, band and the evidence behind equal scores).
 */
@Service
public class IdentitySearch {

    private final CandidateIndex index;
    private final CandidateVisibility visibility;
    private final SearchSettings settings;
    private final IdentityScorer scorer = IdentityScorer.withDefaults();

    @Autowired
    IdentitySearch(CandidateIndex index, CandidateVisibility visibility, SearchSettings settings) {
        this.index = index;
        this.visibility = visibility;
        this.settings = settings;
    }

    IdentitySearch(
            CandidateIndex index,
            RestrictedRecords restrictions,
            WithdrawnRecords withdrawnRecords,
            SearchSettings settings) {
        this(index, CandidateVisibility.of(restrictions, withdrawnRecords), settings);
    }

    /** What a search does with a record restricted to units the caller does not belong to. */
    public enum RestrictedHits {
        /** An investigation's search: the record is not there for this caller (not ranked, not counted). */
        LEAVE_OUT,
        /** A border screening: the hit stays, so that the traveller is stopped, but only its band and whom to contact are shown. */
        WITHHOLD_DETAILS
    }

    /**
     * The hits for {@code query} that {@code viewer} may see, best first, in every band; the ids shown go into the
     * request's audit entry. A query by a document number alone asks the index for the number and the numbers one
     * character from it, and ranks them by the number alone ({@link DocumentLookup}); both kinds of query then pass
     * the same restriction and de-registration rules.
     */
    public IdentityHits search(IdentityQuery query, Viewer viewer) {
        CandidateIndex.Candidates found;
        if (query.byDocumentNumberAlone()) {
            String key = IdentityKeys.ofDocumentNumber(query.documentNumber());
            found = key == null
                    ? CandidateIndex.Candidates.none()
                    : index.candidatesNearDocument(key, settings.candidates());
        } else {
            found = index.candidates(IdentityKeys.ofQuery(query.identity()), settings.candidates());
        }
        IdentityHits hits = visibleAndRanked(
                        List.of(query), List.of(found), viewer, RestrictedHits.LEAVE_OUT, MatchBand.WEAK)
                .getFirst();
        if (hits.mayBeIncomplete()) {
            // Asked once more, for a window wide enough to hold the namesakes of a common name: in memory at 100,000
            // registrants (IncompleteShare) that cleared 34 of the 36 flagged searches in 2,000, for a second request
            // on 1.8 % of them. Screening (searchEach) keeps its one request per manifest.
            hits = searchEach(
                            List.of(query),
                            viewer,
                            RestrictedHits.LEAVE_OUT,
                            MatchBand.WEAK,
                            settings.candidates() * WIDER)
                    .getFirst();
        }
        DisclosedRecords.note(
                hits.hits().stream().map(IdentityHit::registrantId).toList());
        return hits;
    }

    /** How many times more candidates a search flagged {@code mayBeIncomplete} is asked for the second time. */
    private static final int WIDER = 5;

    /**
     * Many searches by identity at once, as a manifest's travellers are screened: one request to the index and one
     * restriction check for all of them, each query re-scoring at most {@code candidates} candidates and keeping the
     * hits in band {@code weakest} or better.
     */
    public List<IdentityHits> searchEach(
            List<IdentityQuery> queries, Viewer viewer, RestrictedHits restricted, MatchBand weakest, int candidates) {
        if (queries.stream().anyMatch(IdentityQuery::byDocumentNumberAlone)) {
            throw new IllegalArgumentException("searches at once are by identity; search a document number alone");
        }
        List<CandidateIndex.Candidates> found = index.candidatesOfEach(
                queries.stream()
                        .map(query -> IdentityKeys.ofQuery(query.identity()))
                        .toList(),
                candidates);
        return visibleAndRanked(queries, found, viewer, restricted, weakest);
    }

    /** The one path every search's candidates take: restricted and de-registered records dealt with, then ranked. */
    private List<IdentityHits> visibleAndRanked(
            List<IdentityQuery> queries,
            List<CandidateIndex.Candidates> found,
            Viewer viewer,
            RestrictedHits restricted,
            MatchBand weakest) {
        List<String> candidateIds = found.stream()
                .flatMap(c -> c.registrants().stream())
                .map(IndexedRegistrant::registrantId)
                .distinct()
                .toList();
        // One round trip for both rules. A de-registered record leaves every search and screening at once, before the
        // indexer has replaced its document.
        CandidateVisibility.Visibility checked = candidateIds.isEmpty()
                ? new CandidateVisibility.Visibility(Map.of(), Set.of())
                : visibility.of(candidateIds);
        Set<String> withdrawn = checked.withdrawn();
        Map<String, List<String>> hidden = new HashMap<>();
        checked.restrictedTo().forEach((id, units) -> {
            if (!viewer.maySee(units)) {
                hidden.put(id, units);
            }
        });
        List<IdentityHits> hits = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            hits.add(ranked(queries.get(i), withoutWithdrawn(found.get(i), withdrawn), hidden, restricted, weakest));
        }
        return hits;
    }

    private static CandidateIndex.Candidates withoutWithdrawn(
            CandidateIndex.Candidates candidates, Set<String> withdrawn) {
        if (withdrawn.isEmpty()) {
            return candidates;
        }
        List<IndexedRegistrant> all = candidates.registrants();
        int firstTied = all.size() - candidates.tiedAtTheCut();
        List<IndexedRegistrant> kept = new ArrayList<>(all.size());
        int tiedKept = 0;
        for (int i = 0; i < all.size(); i++) {
            if (!withdrawn.contains(all.get(i).registrantId())) {
                kept.add(all.get(i));
                tiedKept += i >= firstTied ? 1 : 0;
            }
        }
        return new CandidateIndex.Candidates(kept, tiedKept);
    }

    private IdentityHits ranked(
            IdentityQuery query,
            CandidateIndex.Candidates candidates,
            Map<String, List<String>> hidden,
            RestrictedHits restricted,
            MatchBand weakest) {
        double floor = scorer.settings().floorOf(weakest);
        List<Scored> ranked = new ArrayList<>();
        List<IndexedRegistrant> registrants = candidates.registrants();
        int firstTied = registrants.size() - candidates.tiedAtTheCut();
        for (int i = 0; i < registrants.size(); i++) {
            IndexedRegistrant candidate = registrants.get(i);
            if (restricted == RestrictedHits.LEAVE_OUT && hidden.containsKey(candidate.registrantId())) {
                continue;
            }
            MatchResult result = (query.byDocumentNumberAlone()
                            ? DocumentLookup.compare(query.documentNumber(), candidate.documentNumbers())
                            : scorer.scoreReaching(query.identity(), candidate.toIdentity(), floor))
                    .orElse(null);
            if (result == null || result.band().compareTo(weakest) > 0) {
                continue;
            }
            ranked.add(new Scored(candidate, Math.round(result.score() * 1000) / 1000.0, result, i >= firstTied));
        }
        // The evidence decides, never the order the index handed the candidates over in; the id only makes equal
        // evidence come out the same way every time.
        ranked.sort(Comparator.comparing(Scored::result, MatchResult.BEST_FIRST)
                .thenComparing(s -> s.candidate().registrantId()));
        boolean mayBeIncomplete = mayBeIncomplete(ranked, query.size());
        int from = Math.min(ranked.size(), query.page() * query.size());
        int to = Math.min(ranked.size(), from + query.size());
        // Only the hits on the page are explained: wording the reasons costs more than scoring.
        List<IdentityHit> page = ranked.subList(from, to).stream()
                .map(s -> hidden.containsKey(s.candidate().registrantId())
                        ? IdentityHit.withheld(
                                s.candidate().registrantId(),
                                s.score(),
                                s.result().band(),
                                hidden.get(s.candidate().registrantId()))
                        : IdentityHit.explained(
                                s.candidate().registrantId(),
                                s.candidate().displayName(),
                                s.score(),
                                s.result().band(),
                                s.result().explained()))
                .toList();
        return new IdentityHits(page, query.page(), query.size(), ranked.size(), mayBeIncomplete);
    }

    /**
     * Whether registrants left out may belong among the first {@code size} hits: they share the keys exactly as closely
     * as a hit there, so they may be as good. That matters for a STRONG tied hit (another may be as strong), and for a
     * POSSIBLE one unless a STRONG hit already answers the search. A left-out registrant that shared the query's full
     * date of birth or document number would have shared its rarest keys and not been left out.
     */
    private static boolean mayBeIncomplete(List<Scored> ranked, int size) {
        boolean answered = !ranked.isEmpty() && ranked.getFirst().result().band() == MatchBand.STRONG;
        return ranked.stream()
                .limit(size)
                .filter(Scored::tiedWithSomeLeftOut)
                .map(s -> s.result().band())
                .anyMatch(band -> band == MatchBand.STRONG || (band == MatchBand.POSSIBLE && !answered));
    }

    private record Scored(IndexedRegistrant candidate, double score, MatchResult result, boolean tiedWithSomeLeftOut) {}
}
