package org.opensor.registry.api.search.web;

import java.util.List;
import org.opensor.registry.api.search.IdentityHit;

/**
 * A page of ranked hits, best first. Bands: STRONG (score ≥ 0.85 and the full date of birth or a document number agrees),
 * POSSIBLE (≥ 0.70, or a strong name without such a qualifier), WEAK (below).
 *
 * @param totalHits how many candidates were ranked (at most 100)
 */
record IdentitySearchResponse(List<IdentityHit> hits, int page, int size, int totalHits) {
}
