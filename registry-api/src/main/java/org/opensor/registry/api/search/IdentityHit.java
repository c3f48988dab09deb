package org.opensor.registry.api.search;

import java.util.List;
import org.opensor.registry.matching.score.MatchBand;

/** One ranked hit: who, how sure, and why, in words an officer can check against the record. */
public record IdentityHit(String registrantId, String displayName, double score, MatchBand band, List<String> reasons) {
}
