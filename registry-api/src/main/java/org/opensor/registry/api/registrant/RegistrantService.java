package org.opensor.registry.api.registrant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.conviction.ConvictionFacts;
import org.opensor.registry.api.custody.NewCustodyEvent;
import org.opensor.registry.api.extradition.ReleaseGuard;
import org.opensor.registry.api.history.History;
import org.opensor.registry.api.history.HistoryEntry;
import org.opensor.registry.api.place.Address;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.registration.RegistrationPolicy;
import org.opensor.registry.api.registration.Verification;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.api.statute.LibraryEntry;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.Statutes;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on registrants. Each write locks the registrant, checks the expected version when one is given, lets the
 * aggregate apply its rules, and stores the new state, one history entry per change and one state-carrying event per
 * change, in one transaction: all of it or nothing.
 */
@Service
public class RegistrantService {

    private final Registrants registrants;
    private final History history;
    private final Statutes statutes;
    private final RegistrationPolicy policy;
    private final Outbox outbox;
    private final RegistrantEventMapper events;
    private final ReleaseGuard releaseGuard;
    private final Clock clock;

    RegistrantService(
            Registrants registrants,
            History history,
            Statutes statutes,
            RegistrationPolicy policy,
            Outbox outbox,
            RegistrantEventMapper events,
            ReleaseGuard releaseGuard,
            Clock clock) {
        this.registrants = registrants;
        this.history = history;
        this.statutes = statutes;
        this.policy = policy;
        this.outbox = outbox;
        this.events = events;
        this.releaseGuard = releaseGuard;
        this.clock = clock;
    }

    /**
     * Enters a person, unless they look like someone already registered and the clerk has not confirmed a different person.
     *
     * @throws PossibleDuplicate with the candidate ids
     */
    @Transactional
    public Registrant register(Identity identity, boolean confirmedDistinctPerson, String reason, String actor) {
        List<DuplicateCandidate> found = registrants.possibleDuplicates(identity);
        if (!found.isEmpty() && !confirmedDistinctPerson) {
            // The clerk is shown who they are: a disclosure of those records, audited with this request.
            DisclosedRecords.note(found.stream().map(DuplicateCandidate::id).toList());
            throw new PossibleDuplicate(found);
        }
        List<UUID> candidates = found.stream().map(DuplicateCandidate::id).toList();
        Change change = Registrant.register(
                identity,
                actor,
                clock.instant(),
                candidates.isEmpty() ? Texts.blankToNull(reason) : confirmedReason(reason, candidates));
        registrants.add(change.after());
        publish(List.of(change));
        return change.after();
    }

    @Transactional
    public Registrant changeIdentity(
            RegistrantId id, Long expectedVersion, Identity identity, String reason, String actor) {
        return apply(id, expectedVersion, r -> r.changeIdentity(identity, actor, clock.instant(), reason));
    }

    @Transactional
    public Registrant recordConviction(RegistrantId id, Long expectedVersion, RecordConviction command, String actor) {
        return apply(id, expectedVersion, r -> {
            Offence offence = offence(command);
            LocalDate bornNoLaterThan =
                    r.identity().dateOfBirth() == null || r.identity().dateOfBirthPlusMinusYears() != null
                            ? null
                            : r.identity().dateOfBirth().earliest();
            Conviction conviction = ConvictionFacts.check(
                    command.court(),
                    command.caseNumber(),
                    command.judgmentDate(),
                    offence,
                    command.victimMinor(),
                    command.country(),
                    command.sentenceMonths(),
                    today(),
                    bornNoLaterThan,
                    actor,
                    clock.instant());
            return r.recordConviction(
                    conviction, command.tier(), policy, actor, clock.instant(), Texts.blankToNull(command.reason()));
        });
    }

    /** A release of a person another state asks for raises the release guard first (its event precedes the custody event). */
    @Transactional
    public Registrant recordCustodyEvent(RegistrantId id, Long expectedVersion, NewCustodyEvent event, String actor) {
        return apply(id, expectedVersion, r -> {
            releaseOf(event)
                    .ifPresent(release -> releaseGuard.beforeRelease(
                            id.value(),
                            id.value(),
                            release,
                            event.effectiveDate() == null ? today() : event.effectiveDate(),
                            actor));
            return r.recordCustodyEvent(event, policy, today(), actor, clock.instant());
        });
    }

    private static Optional<ReleaseGuard.Release> releaseOf(NewCustodyEvent event) {
        return Optional.ofNullable(
                switch (event.type()) {
                    case RELEASED -> ReleaseGuard.Release.RELEASE;
                    case RELEASED_ON_BAIL -> ReleaseGuard.Release.BAIL;
                    case PAROLED -> ReleaseGuard.Release.PAROLE;
                    case ROYAL_PARDON -> event.releasesFromCustody() ? ReleaseGuard.Release.PARDON : null;
                    case DEPORTATION_ORDERED, DEPORTED -> ReleaseGuard.Release.DEPORTATION;
                    default -> null;
                });
    }

    @Transactional
    public Registrant recordAddress(RegistrantId id, Long expectedVersion, RecordAddress command, String actor) {
        return apply(id, expectedVersion, r -> {
            Address address = new Address(
                    UUID.randomUUID(),
                    command.kind(),
                    command.line().strip(),
                    Texts.blankToNull(command.district()),
                    Texts.blankToNull(command.province()),
                    command.country(),
                    command.validFrom(),
                    command.validTo(),
                    actor,
                    clock.instant());
            return r.recordAddress(address, actor, clock.instant(), Texts.blankToNull(command.reason()));
        });
    }

    @Transactional
    public Registrant recordVerification(
            RegistrantId id, Long expectedVersion, RecordVerification command, String actor) {
        if (command.verifiedOn().isAfter(today())) {
            throw new RuleViolation(
                    "verifiedOn", "not-in-future", "verifiedOn " + command.verifiedOn() + " is in the future");
        }
        return apply(
                id,
                expectedVersion,
                r -> r.recordVerification(
                        new Verification(
                                UUID.randomUUID(),
                                command.verifiedOn(),
                                command.outcome(),
                                Texts.blankToNull(command.note()),
                                actor,
                                clock.instant()),
                        policy,
                        actor,
                        clock.instant(),
                        Texts.blankToNull(command.reason())));
    }

    /** The compliance job's use case: an overdue verification makes the registrant non-compliant (once). */
    @Transactional
    public Registrant markVerificationOverdue(RegistrantId id, LocalDate today, String actor) {
        return apply(id, null, r -> r.markVerificationOverdue(today, actor, clock.instant()));
    }

    /**
     * The de-registration use case's last step, in the caller's transaction: ends the registration and publishes
     * {@link RegistrantEventTypes#DEREGISTERED_V1}, on which the index drops the person's names and keys.
     */
    @Transactional
    public Registrant deregister(RegistrantId id, String reason, String actor) {
        return apply(id, null, r -> r.deregister(reason, today(), actor, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<Registrant> find(RegistrantId id) {
        return registrants.find(id);
    }

    /** The registrants of {@code ids} that exist, read together (a decree's preview reads hundreds at once). */
    @Transactional(readOnly = true)
    public java.util.Map<RegistrantId, Registrant> findAll(java.util.Collection<RegistrantId> ids) {
        return registrants.findAll(ids);
    }

    /** The page {@code viewer} may see; its record ids go into the request's audit entry. */
    @Transactional(readOnly = true)
    public RegistrantPage list(RegistrantFilter filter, Viewer viewer, int page, int size) {
        RegistrantPage found = registrants.list(filter, viewer, today(), page, size);
        DisclosedRecords.note(found.items().stream().map(RegistrantSummary::id).toList());
        return found;
    }

    /** @throws NotFound when there is no such registrant */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(RegistrantId id) {
        registrants.find(id).orElseThrow(() -> notFound(id));
        return history.of(id.value());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Registrant apply(RegistrantId id, Long expectedVersion, Function<Registrant, List<Change>> change) {
        Registrant before = registrants.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new StaleVersion(expectedVersion, before.version());
        }
        List<Change> changes = change.apply(before);
        if (changes.isEmpty()) {
            return before;
        }
        registrants.update(before, changes.getLast().after());
        publish(changes);
        return changes.getLast().after();
    }

    private void publish(List<Change> changes) {
        for (Change change : changes) {
            history.append(change.entry());
            Registrant state = change.after();
            outbox.append(
                    Topics.REGISTRANTS,
                    state.id().toString(),
                    eventType(change.kind()),
                    state.updatedAt(),
                    events.toState(state));
        }
    }

    private static String eventType(ChangeKind kind) {
        return switch (kind) {
            case REGISTERED -> RegistrantEventTypes.REGISTERED_V1;
            case IDENTITY_CHANGED -> RegistrantEventTypes.IDENTITY_CHANGED_V1;
            case CONVICTION_RECORDED -> RegistrantEventTypes.CONVICTION_RECORDED_V1;
            case CUSTODY_EVENT_RECORDED -> RegistrantEventTypes.CUSTODY_STATUS_CHANGED_V1;
            case REGISTRATION_STATUS_CHANGED, VERIFICATION_RECORDED ->
                RegistrantEventTypes.REGISTRATION_STATUS_CHANGED_V1;
            case ADDRESS_RECORDED -> RegistrantEventTypes.ADDRESS_RECORDED_V1;
            case DEREGISTERED -> RegistrantEventTypes.DEREGISTERED_V1;
        };
    }

    private Offence offence(RecordConviction command) {
        if (command.offenceId() != null) {
            LibraryEntry entry = statutes.entry(command.offenceId())
                    .orElseThrow(() -> ConvictionFacts.unknownOffence(command.offenceId()));
            if (!entry.offered()) {
                throw new RuleViolation(
                        "offenceId",
                        "offence-punishable",
                        "offenceId " + command.offenceId() + " is not an offence ("
                                + entry.offence().title() + "): name the article the judgment convicts under");
            }
            return entry.offence();
        }
        if (command.foreignStatute() == null || command.foreignArticle() == null || command.foreignCategory() == null) {
            throw new RuleViolation(
                    "offenceId",
                    "offence-required",
                    "name a library offence (offenceId) or, for a foreign conviction, foreignOffence with statute, article and category");
        }
        return Offence.foreignLaw(
                command.country().code(),
                command.foreignStatute().strip(),
                command.foreignArticle().strip(),
                command.foreignCategory());
    }

    private static String confirmedReason(String reason, List<UUID> candidates) {
        String confirmed = "Confirmed as a different person from " + candidates;
        return Texts.blankToNull(reason) == null ? confirmed : reason.strip() + " (" + confirmed + ")";
    }

    private static NotFound notFound(RegistrantId id) {
        return new NotFound("No registrant with id " + id + ".");
    }
}
