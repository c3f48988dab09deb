package org.opensor.registry.api.decree;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.api.search.IdentityHits;
import org.opensor.registry.api.search.IdentityQuery;
import org.opensor.registry.api.search.IdentitySearch;
import org.opensor.registry.api.search.SearchSettings;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.link.LinkDecision;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.MatchResult;
import org.opensor.registry.matching.score.Reason;
import org.springframework.stereotype.Component;

/**
 * Links each decree line to a registrant as identity search finds people: all lines in one request to the index,
 * each re-scored with the matcher, decided by {@link LinkDecision} (the rule the decree-matching figures measure).
 * A record restricted to other units still links (the decree must reach it), without its name or reasons.
 */
@Component
public class DecreeMatcher {

    /** Hits kept per line: the best and the runner-up decide, three more are context for the clerk. */
    private static final int HITS_PER_LINE = 5;

    /** The decree's own reasons, beside the matcher's: worded by the console's bundles as {@code reason.<code>}. */
    static final String NOT_IN_REGISTRY = "decree.notInRegistry";

    static final String RUNNER_UP_CLOSE = "decree.runnerUpClose";
    static final String POSSIBLE_ONLY = "decree.possibleOnly";

    private final IdentitySearch search;
    private final SearchSettings settings;

    DecreeMatcher(IdentitySearch search, SearchSettings settings) {
        this.search = search;
        this.settings = settings;
    }

    /** One link per line, in the order of {@code lines}. */
    public List<LineLink> link(List<BeneficiaryLine> lines, Viewer clerk) {
        List<IdentityQuery> queries = lines.stream()
                .map(l -> new IdentityQuery(identityOf(l), 0, HITS_PER_LINE))
                .toList();
        List<IdentityHits> found = search.searchEach(
                queries,
                clerk,
                IdentitySearch.RestrictedHits.WITHHOLD_DETAILS,
                MatchBand.POSSIBLE,
                settings.candidates());
        List<LineLink> links = new ArrayList<>(lines.size());
        for (IdentityHits hits : found) {
            links.add(linkOf(hits.hits()));
        }
        return links;
    }

    static LineLink linkOf(List<IdentityHit> hits) {
        List<LinkDecision.Hit> ranked = hits.stream()
                .map(h -> new LinkDecision.Hit(
                        h.registrantId(),
                        new MatchResult(h.score(), h.band(), h.reasons() == null ? List.of() : h.reasons())))
                .toList();
        LinkDecision decision = LinkDecision.of(ranked, LinkDecision.DEFAULT_MARGIN);
        if (decision.outcome() == LinkDecision.Outcome.NOT_IN_REGISTRY) {
            return LineLink.explained(
                    LinkState.NOT_IN_REGISTRY,
                    null,
                    null,
                    null,
                    null,
                    List.of(new Reason(
                            NOT_IN_REGISTRY,
                            List.of(),
                            "no registrant resembles this line in the possible band or better")),
                    null);
        }
        IdentityHit best = hits.getFirst();
        UUID runnerUp =
                decision.runnerUp() == null ? null : UUID.fromString(hits.get(1).registrantId());
        List<Reason> reasons = new ArrayList<>(best.explained());
        if (decision.outcome() == LinkDecision.Outcome.UNCERTAIN) {
            reasons.add(
                    runnerUp != null
                            ? new Reason(
                                    RUNNER_UP_CLOSE,
                                    List.of(String.valueOf(hits.get(1).score())),
                                    "another registrant scores close ("
                                            + hits.get(1).score() + "): confirm which one")
                            : new Reason(POSSIBLE_ONLY, List.of(), "only a possible match: confirm or reject"));
        }
        return LineLink.explained(
                decision.outcome() == LinkDecision.Outcome.AUTO_LINKED ? LinkState.AUTO_LINKED : LinkState.UNCERTAIN,
                UUID.fromString(best.registrantId()),
                best.displayName(),
                best.score(),
                best.band().name(),
                reasons,
                runnerUp);
    }

    /** The line as a search query: the name in whichever script it is written, and what else the line gives. */
    static Identity identityOf(BeneficiaryLine line) {
        Identity identity = Identity.named(PersonName.full(line.name()));
        if (line.dateOfBirth() != null) {
            identity = identity.bornOn(PartialDate.parse(line.dateOfBirth()));
        }
        if (line.documentNumber() != null) {
            identity = identity.withDocumentNumbers(line.documentNumber());
        }
        return identity;
    }
}
