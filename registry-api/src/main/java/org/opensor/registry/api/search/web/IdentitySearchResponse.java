package org.opensor.registry.api.search.web;

import java.util.List;
import org.opensor.registry.api.search.IdentityHit;

/**
 * A page of ranked hits, best first. Bands: STRONG (score ≥ 0.85 and the full date of birth or a document number agrees),
 * POSSIBLE (≥ 0.70, or a strong name without such a qualifier), WEAK (below).
 *
 * @param totalHits how many candidates were ranked (at most {@code registry.search.candidates}, 100 by default, or five
 *     times as many when the first window left a tie at the cut that mattered)
 * @param mayBeIncomplete registrants that were not ranked share the query's retrieval keys exactly as closely as one of
 *     the first {@code size} hits that is STRONG, or POSSIBLE with no STRONG hit first: someone sought may be missing,
 *     and a date of birth, nationality or document number narrows the search
 */
record IdentitySearchResponse(List<IdentityHit> hits, int page, int size, int totalHits, boolean mayBeIncomplete) {}
