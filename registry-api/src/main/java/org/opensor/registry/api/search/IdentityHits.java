package org.opensor.registry.api.search;

import java.util.List;

/**
 * One page of ranked hits.
 *
 * @param totalHits how many candidates were ranked (at most the configured number of candidates)
 * @param mayBeIncomplete registrants left out by stage 1 share the query's keys exactly as closely as one of the first
 *     {@code size} hits that is STRONG, or POSSIBLE with no STRONG hit first
 *     ({@link CandidateIndex.Candidates#tiedAtTheCut()}): someone sought may be missing
 */
public record IdentityHits(List<IdentityHit> hits, int page, int size, int totalHits, boolean mayBeIncomplete) {}
