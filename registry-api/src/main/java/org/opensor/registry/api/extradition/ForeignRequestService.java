package org.opensor.registry.api.extradition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.refusal.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Foreign requests and notices (wanted elsewhere), their assessment, and the treaty table. */
@Service
public class ForeignRequestService {

    /** A request with its decision support. */
    public record Assessed(ForeignRequest request, ExtraditionAssessment assessment) {}

    private final ForeignRequests requests;
    private final Clock clock;

    ForeignRequestService(ForeignRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    public Assessed record(NewForeignRequest command, String actor) {
        Violations violations = new Violations();
        if (!requests.personExists(command.subjectId())) {
            violations.add("subjectId", "known-person", "no registrant and no accused with id " + command.subjectId());
        }
        if (command.mappedOffenceId() != null && !requests.isCambodianOffence(command.mappedOffenceId())) {
            violations.add(
                    "mappedOffenceId",
                    "cambodian-statute",
                    command.mappedOffenceId() + " is not a Cambodian offence of the library");
        }
        if (command.receivedOn().isAfter(today())) {
            violations.add("receivedOn", "not-in-future", "receivedOn " + command.receivedOn() + " is in the future");
        }
        violations.throwIfAny();
        Instant now = clock.instant();
        UUID registrant = registrantIdOf(command.subjectId());
        ForeignRequest request = new ForeignRequest(
                UUID.randomUUID(),
                command.subjectId(),
                registrant,
                1,
                command.kind(),
                command.requestingState(),
                command.offence().strip(),
                command.mappedOffenceId(),
                command.foreignMaxPenaltyMonths(),
                command.reference().strip(),
                command.interpolNotice() == null
                        ? null
                        : command.interpolNotice().strip(),
                command.receivedOn(),
                true,
                null,
                null,
                actor,
                now,
                actor,
                now);
        requests.add(request);
        DisclosedRecords.note(List.of(request.subjectId()));
        return assessed(request);
    }

    @Transactional(readOnly = true)
    public Assessed find(UUID id) {
        ForeignRequest request = requests.find(id).orElseThrow(() -> notFound(id));
        DisclosedRecords.note(List.of(request.subjectId()));
        return assessed(request);
    }

    /**
     * The person's requests with their decision support, for the console; the read is audited with the person as subject
     * whenever a request is shown.
     */
    @Transactional(readOnly = true)
    public List<Assessed> ofSubject(UUID subjectId, int limit) {
        List<ForeignRequest> found = requests.ofSubject(subjectId, limit);
        if (!found.isEmpty()) {
            DisclosedRecords.note(List.of(subjectId));
        }
        return found.stream().map(this::assessed).toList();
    }

    /** Whether the person is a registrant, whose record's restriction then applies to the requests too. */
    @Transactional(readOnly = true)
    public boolean isRegistrant(UUID subjectId) {
        return requests.isRegistrant(subjectId);
    }

    @Transactional
    public Assessed close(UUID id, Long expectedVersion, LocalDate on, String reason, String actor) {
        ForeignRequest before = requests.findForUpdate(id).orElseThrow(() -> notFound(id));
        if (expectedVersion != null && expectedVersion != before.version()) {
            throw new StaleVersion(expectedVersion, before.version());
        }
        if (on.isAfter(today())) {
            throw new RuleViolation("closedOn", "not-in-future", "closedOn " + on + " is in the future");
        }
        ForeignRequest after = before.closed(on, reason.strip(), actor, clock.instant());
        requests.update(after);
        DisclosedRecords.note(List.of(after.subjectId()));
        return assessed(after);
    }

    /**
     * The open requests for the person: what the decree preview and the release guard ask ("wanted elsewhere").
     *
     * @param subjectId a registrant's id, or an accused's subject id
     */
    @Transactional(readOnly = true)
    public List<ForeignRequest> openFor(UUID subjectId) {
        return requests.openFor(subjectId);
    }

    @Transactional(readOnly = true)
    public List<ExtraditionTreaty> treaties() {
        return requests.treaties();
    }

    @Transactional
    public ExtraditionTreaty saveTreaty(ExtraditionTreaty treaty) {
        requests.saveTreaty(treaty);
        return treaty;
    }

    private Assessed assessed(ForeignRequest request) {
        Boolean cambodian =
                request.mappedOffenceId() == null ? null : requests.isCambodianOffence(request.mappedOffenceId());
        return new Assessed(
                request,
                ExtraditionAssessment.of(
                        request,
                        cambodian,
                        request.mappedOffenceId() == null
                                ? java.util.Optional.empty()
                                : requests.cambodianMaxPenaltyMonths(request.mappedOffenceId()),
                        requests.treaty(request.requestingState()),
                        requests.nationalitiesOf(request.subjectId())));
    }

    private UUID registrantIdOf(UUID subjectId) {
        return requests.isRegistrant(subjectId) ? subjectId : null;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static NotFound notFound(UUID id) {
        return new NotFound("No foreign request with id " + id + ".");
    }
}
