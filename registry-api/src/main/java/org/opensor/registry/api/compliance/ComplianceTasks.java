package org.opensor.registry.api.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.restriction.Viewer;

/** Compliance tasks, and the reconciliation queries that find what should become one. */
public interface ComplianceTasks {

    /** A declared trip the job should look at. */
    record Trip(
            UUID noticeId, UUID registrantId, LocalDate departureDate, LocalDate returnDate, String departurePoint) {}

    /** @return false when a task of that kind and source exists already (another instance, or an earlier run) */
    boolean openIfNew(ComplianceTask task);

    Optional<ComplianceTask> find(UUID id, Viewer viewer);

    Optional<ComplianceTask> findForUpdate(UUID id, Viewer viewer);

    void update(ComplianceTask task);

    /** The registrant's tasks of {@code kind} not closed yet, locked until the end of the transaction. */
    List<ComplianceTask> openForUpdate(UUID registrantId, TaskKind kind);

    /** Tasks of the viewer's unit or assigned to {@code officer}, not closed unless asked, soonest due first. */
    List<ComplianceTask> list(Viewer viewer, String officer, boolean includeClosed, int page, int size);

    long count(Viewer viewer, String officer, boolean includeClosed);

    /**
     * Declared, uncancelled trips that departed between {@code since} and {@code departedBy} with no exit seen from a
     * day before departure, and no task yet.
     */
    List<Trip> noShows(LocalDate since, LocalDate departedBy);

    /** Declared, uncancelled trips due back between {@code since} and {@code dueBy}, with an exit seen and no entry after it. */
    List<Trip> overdueReturns(LocalDate since, LocalDate dueBy);

    /** Whether {@code username} is an enabled police officer's account: the only accounts a task goes to. */
    boolean isPoliceOfficer(String username);

    /** Active registrations whose verification was due before {@code today} and that are not non-compliant yet. */
    List<UUID> overdueVerifications(LocalDate today);

    /** Active registrations ending on or before {@code endsBy}, with their end date. */
    List<Trip> registrationsEnding(LocalDate endsBy);

    /** The district of the registrant's current residence, the unit that owns their tasks. */
    Optional<String> owningUnit(UUID registrantId, LocalDate today);

    /** The due date of the registrant's verification, for the task's source key. */
    Optional<LocalDate> verificationDue(UUID registrantId);

    /** Takes the job's lock for the caller's transaction; false when another instance holds it. */
    boolean tryJobLock();
}
