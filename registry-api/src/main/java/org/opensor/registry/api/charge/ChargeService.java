package org.opensor.registry.api.charge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.extradition.ReleaseGuard;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.PartialDate;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.score.IdentityScorer;
import org.opensor.registry.matching.score.MatchResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Charges, bail and court travel bans: the clerk records them; the verdict or a court order ends a ban. */
@Service
public class ChargeService {

    private final Charges charges;
    private final ReleaseGuard guard;
    private final Clock clock;
    private final IdentityScorer scorer = IdentityScorer.withDefaults();

    ChargeService(Charges charges, ReleaseGuard guard, Clock clock) {
        this.charges = charges;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Records a charge; a bail granted to a person another state asks for raises the release guard first.
     *
     * @throws org.opensor.registry.api.refusal.RuleViolations naming every broken rule
     */
    @Transactional
    public Charge record(NewCharge command, String actor) {
        LocalDate today = today();
        Violations violations = new Violations();
        if (command.registrantId() != null && !charges.registrantExists(command.registrantId())) {
            violations.add("registrantId", "known-registrant", "no registrant with id " + command.registrantId());
        }
        if (command.registrantId() == null
                && command.subjectId() != null
                && !charges.subjectExists(command.subjectId())) {
            violations.add("subjectId", "known-subject", "no earlier charge names the accused " + command.subjectId());
        }
        Accused accused = command.accused();
        if (accused.dateOfBirth() != null) {
            violations.check(() -> PartialDate.parse(accused.dateOfBirth(), "accused.dateOfBirth", today));
        }
        if (command.chargedOn().isAfter(today)) {
            violations.add("chargedOn", "not-in-future", "chargedOn " + command.chargedOn() + " is in the future");
        }
        List<BailCondition> conditions =
                command.bailConditions() == null ? List.of() : List.copyOf(command.bailConditions());
        if (command.bail() != BailDecision.GRANTED && !conditions.isEmpty()) {
            violations.add(
                    "bailConditions",
                    "conditions-need-bail",
                    "bail conditions go with bail GRANTED, not " + command.bail());
        }
        violations.throwIfAny();
        UUID subject = command.registrantId() != null
                ? command.registrantId()
                : command.subjectId() != null ? command.subjectId() : UUID.randomUUID();
        Instant now = clock.instant();
        Charge charge = new Charge(
                UUID.randomUUID(),
                subject,
                command.registrantId(),
                1,
                accused,
                command.court().strip(),
                command.caseNumber().strip(),
                command.offence().strip(),
                command.chargedOn(),
                command.bail(),
                conditions,
                null,
                null,
                null,
                null,
                null,
                actor,
                now,
                actor,
                now);
        if (charge.bail() == BailDecision.GRANTED) {
            guard.beforeRelease(
                    subject,
                    command.registrantId(),
                    ReleaseGuard.Release.BAIL,
                    command.chargedOn().isBefore(today) ? today : command.chargedOn(),
                    actor);
        }
        charges.add(charge);
        DisclosedRecords.note(List.of(subject));
        return charge;
    }

    /** An accused who is not a registrant and whose name resembles the one sought, with the scorer's reasons. */
    public record AccusedCandidate(Charge latestCharge, MatchResult match) {}

    /**
     * The accused (not registrants) whose latest charge names someone like {@code sought}, best first, at most
     * {@code limit}; the people shown are noted for the request's audit entry.
     */
    @Transactional(readOnly = true)
    public List<AccusedCandidate> accusedResembling(Identity sought, int limit) {
        double floor = scorer.settings().possibleThreshold();
        List<AccusedCandidate> found = charges.latestOfUnregisteredAccused().stream()
                .flatMap(c -> scorer.scoreReaching(sought, c.accused().toIdentity(), floor).stream()
                        .map(match -> new AccusedCandidate(c, match)))
                .sorted(Comparator.comparing(AccusedCandidate::match, MatchResult.BEST_FIRST))
                .limit(limit)
                .toList();
        DisclosedRecords.note(
                found.stream().map(a -> a.latestCharge().subjectId()).toList());
        return found;
    }

    /** Whether the id is a registrant's, so a charge names them as such rather than as an unregistered accused. */
    @Transactional(readOnly = true)
    public boolean isRegistrant(UUID id) {
        return charges.registrantExists(id);
    }

    /** @throws NotFound when there is no such charge, or it is sealed */
    @Transactional(readOnly = true)
    public Charge find(UUID id) {
        Charge charge = charges.find(id).filter(c -> !c.sealed()).orElseThrow(() -> notFound(id));
        DisclosedRecords.note(List.of(charge.subjectId()));
        return charge;
    }

    /**
     * The person's charges (a registrant's id or the subject id an earlier charge gave the accused), sealed ones left
     * out; the read is audited with the subject id whenever a charge is shown.
     */
    @Transactional(readOnly = true)
    public List<Charge> ofSubject(UUID subjectId, int limit) {
        List<Charge> found = charges.ofSubject(subjectId, limit);
        if (!found.isEmpty()) {
            DisclosedRecords.note(List.of(subjectId));
        }
        return found;
    }

    /**
     * A sealed (acquitted) charge, for the auditor alone; the read is audited with the charge id (and the accused noted).
     *
     * @throws NotFound when there is no such charge, or it is not sealed
     */
    @Transactional(readOnly = true)
    public Charge findSealed(UUID id) {
        Charge charge = charges.find(id).filter(Charge::sealed).orElseThrow(() -> notFound(id));
        DisclosedRecords.note(List.of(charge.subjectId()));
        return charge;
    }

    @Transactional
    public Charge decide(UUID id, Long expectedVersion, ChargeOutcome outcome, LocalDate on, String actor) {
        return change(
                id,
                expectedVersion,
                c -> c.withOutcome(outcome, notAfterToday(on, "decidedOn"), actor, clock.instant()));
    }

    @Transactional
    public Charge liftTravelBan(UUID id, Long expectedVersion, LocalDate on, String courtOrder, String actor) {
        return change(
                id,
                expectedVersion,
                c -> c.withTravelBanLifted(notAfterToday(on, "liftedOn"), courtOrder.strip(), actor, clock.instant()));
    }

    private Charge change(UUID id, Long expectedVersion, java.util.function.UnaryOperator<Charge> change) {
        Charge before = charges.findForUpdate(id).filter(c -> !c.sealed()).orElseThrow(() -> notFound(id));
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new StaleVersion(expectedVersion, before.version());
        }
        Charge after = change.apply(before);
        charges.update(after);
        DisclosedRecords.note(List.of(after.subjectId()));
        return after;
    }

    private LocalDate notAfterToday(LocalDate date, String field) {
        if (date.isAfter(today())) {
            throw new org.opensor.registry.api.refusal.RuleViolation(
                    field, "not-in-future", field + " " + date + " is in the future");
        }
        return date;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("No charge with id " + id + ".");
    }
}
