package org.opensor.registry.api.charge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchBand;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the court travel bans a traveller may be under. The accused need not be a registrant, so the bans in force are
 * compared with the traveller here, with the same scorer as identity search, rather than through the registrant index:
 * they are few (hundreds) and read once per screening or manifest.
 */
@Service
public class CourtTravelBans {

    /**
     * A traveller who may be under a ban: what the border needs to stop them and nothing more (no offence, no other
     * bail conditions).
     */
    public record BanMatch(Charge charge, MatchBand band, double score) {}

    private final Charges charges;
    private final IdentityScorer scorer = IdentityScorer.withDefaults();

    CourtTravelBans(Charges charges) {
        this.charges = charges;
    }

    /** For each traveller, in order, the bans whose accused matches at {@code weakest} or better, best first. */
    @Transactional(readOnly = true)
    public List<List<BanMatch>> matchesOfEach(List<Identity> travellers, MatchBand weakest) {
        List<Charge> bans = charges.travelBansInForce();
        double floor = weakest == MatchBand.STRONG
                ? scorer.settings().strongThreshold()
                : scorer.settings().possibleThreshold();
        List<List<BanMatch>> all = new ArrayList<>();
        for (Identity traveller : travellers) {
            List<BanMatch> matches = new ArrayList<>();
            for (Charge ban : bans) {
                scorer.scoreReaching(traveller, ban.accused().toIdentity(), floor)
                        .filter(result -> result.band().compareTo(weakest) <= 0)
                        .ifPresent(result -> matches.add(new BanMatch(ban, result.band(), result.score())));
            }
            matches.sort(
                    Comparator.comparing(BanMatch::band).thenComparing(BanMatch::score, Comparator.reverseOrder()));
            all.add(List.copyOf(matches));
        }
        return all;
    }

    /** {@link #matchesOfEach} for one traveller. */
    public List<BanMatch> matches(Identity traveller, MatchBand weakest) {
        return matchesOfEach(List.of(traveller), weakest).getFirst();
    }
}
