package org.opensor.registry.api.search;

import java.util.List;

/**
 * One page of ranked hits.
 *
 * @param totalHits how many candidates were ranked (at most the configured number of candidates)
 */
public record IdentityHits(List<IdentityHit> hits, int page, int size, int totalHits) {
}
