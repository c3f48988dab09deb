package org.opensor.registry.api.deregistration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.compliance.ComplianceTaskService;
import org.opensor.registry.api.refusal.FourEyesRefused;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registration.Registration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * De-registration with four eyes: one account proposes with a reason, a court clerk of another account approves. The
 * approval, in one transaction, closes the open de-registration reviews, ends the registration and publishes
 * {@code DEREGISTERED_V1} through the outbox, and marks the decision approved, which withdraws the record from every
 * search, screening and list ({@code RecordVisibility}).
 */
@Service
public class DeregistrationService {

    private final Deregistrations decisions;
    private final RegistrantService registrants;
    private final ComplianceTaskService tasks;
    private final Clock clock;

    DeregistrationService(
            Deregistrations decisions, RegistrantService registrants, ComplianceTaskService tasks, Clock clock) {
        this.decisions = decisions;
        this.registrants = registrants;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * @throws NotFound when there is no such registrant
     * @throws RefusedTransition when the reason does not fit the registration, or a decision exists already
     */
    @Transactional
    public Deregistration propose(UUID registrantId, DeregistrationReason reason, String note, String proposer) {
        Registrant registrant = registrant(registrantId);
        if (reason == DeregistrationReason.REGISTRATION_PERIOD_ENDED) {
            Registration registration = registrant.registration();
            if (registration == null || registration.endsOn() == null) {
                throw new RefusedTransition(
                        "reason",
                        "registration-has-an-end",
                        registration == null ? "NONE" : "FOR_LIFE",
                        "The registration has no computed end (none yet, or for life): its period cannot have ended.");
            }
        }
        Deregistration proposed =
                Deregistration.proposed(registrantId, reason, note.strip(), proposer, clock.instant());
        if (!decisions.addIfNone(proposed)) {
            Deregistration existing = decisions.ofRegistrant(registrantId).orElseThrow();
            throw new RefusedTransition(
                    "registrantId",
                    "one-deregistration",
                    existing.state().name(),
                    "The registrant has a de-registration decision already (" + existing.state() + ").");
        }
        DisclosedRecords.note(List.of(registrantId));
        return proposed;
    }

    /** @throws NotFound when the registrant has no proposal */
    @Transactional(readOnly = true)
    public Deregistration of(UUID registrantId) {
        Deregistration found = decisions.ofRegistrant(registrantId).orElseThrow(() -> noProposal(registrantId));
        DisclosedRecords.note(List.of(registrantId));
        return found;
    }

    /**
     * @throws FourEyesRefused when the approver proposed it
     * @throws RefusedTransition when the registration period has not ended yet, or it is approved already
     */
    @Transactional
    public Deregistration approve(UUID registrantId, String note, String approver) {
        Deregistration proposal =
                decisions.ofRegistrantForUpdate(registrantId).orElseThrow(() -> noProposal(registrantId));
        Deregistration approved = proposal.approvedBy(approver, clock.instant());
        Registrant registrant = registrant(registrantId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (proposal.reason() == DeregistrationReason.REGISTRATION_PERIOD_ENDED
                && registrant.registration().endsOn().isAfter(today)) {
            throw new RefusedTransition(
                    "reason",
                    "registration-period-over",
                    "ENDS_ON_" + registrant.registration().endsOn(),
                    "The registration runs until " + registrant.registration().endsOn()
                            + ": approve its de-registration from the day after.");
        }
        String why = approved.summary() + (Texts.blankToNull(note) == null ? "" : "; " + note.strip());
        tasks.closeDeregistrationReviews(registrantId, "de-registration approved: " + approved.reason(), approver);
        registrants.deregister(new RegistrantId(registrantId), why, approver);
        decisions.update(approved);
        DisclosedRecords.note(List.of(registrantId));
        return approved;
    }

    /** Approved decisions, newest first, for the auditor. */
    @Transactional(readOnly = true)
    public List<Deregistration> approved(int page, int size) {
        return decisions.approved(page, size);
    }

    @Transactional(readOnly = true)
    public long countApproved() {
        return decisions.countApproved();
    }

    /**
     * The withdrawn record and its decision, for the auditor alone; the read is audited with the record's id.
     *
     * @throws NotFound when the registrant is not withdrawn by an approved decision
     */
    @Transactional(readOnly = true)
    public Withdrawn withdrawn(UUID registrantId) {
        Deregistration decision = decisions
                .ofRegistrant(registrantId)
                .filter(d -> d.state() == Deregistration.State.APPROVED)
                .orElseThrow(() -> new NotFound("No de-registered record with id " + registrantId + "."));
        DisclosedRecords.note(List.of(registrantId));
        return new Withdrawn(registrant(registrantId), decision);
    }

    /** A de-registered record as the auditor reads it. */
    public record Withdrawn(Registrant registrant, Deregistration decision) {}

    private Registrant registrant(UUID registrantId) {
        return registrants
                .find(new RegistrantId(registrantId))
                .orElseThrow(() -> new NotFound("No registrant with id " + registrantId + "."));
    }

    private static NotFound noProposal(UUID registrantId) {
        return new NotFound("No de-registration proposed for registrant " + registrantId + ".");
    }
}
