package org.opensor.registry.api.compliance;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.restriction.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A police officer's task list: read, assign, close; every read and change is audited by the request filter. */
@Service
public class ComplianceTaskService {

    public record Page(List<ComplianceTask> items, long totalElements) {}

    private final ComplianceTasks tasks;
    private final Clock clock;

    ComplianceTaskService(ComplianceTasks tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page list(Viewer viewer, String officer, boolean includeClosed, int page, int size) {
        List<ComplianceTask> items = tasks.list(viewer, officer, includeClosed, page, size);
        DisclosedRecords.note(items.stream().map(ComplianceTask::registrantId).toList());
        return new Page(items, tasks.count(viewer, officer, includeClosed));
    }

    @Transactional
    public ComplianceTask assign(UUID id, Long expectedVersion, String officer, Viewer viewer, String actor) {
        if (!tasks.isPoliceOfficer(officer)) {
            throw new org.opensor.registry.api.refusal.RuleViolation(
                    "officer", "police-officer", "'" + officer + "' is no enabled police officer's account");
        }
        ComplianceTask before = forUpdate(id, expectedVersion, viewer);
        ComplianceTask after = before.assignedTo(officer, actor, clock.instant());
        tasks.update(after);
        return after;
    }

    @Transactional
    public ComplianceTask close(
            UUID id, Long expectedVersion, ClosureReason reason, String note, Viewer viewer, String actor) {
        ComplianceTask before = forUpdate(id, expectedVersion, viewer);
        ComplianceTask after = before.closed(reason, note, actor, clock.instant());
        tasks.update(after);
        return after;
    }

    /**
     * Closes the registrant's open de-registration reviews with {@link ClosureReason#DEREGISTRATION_DECIDED}: the
     * decision answers them, whoever's list they were on.
     *
     * @return how many were closed
     */
    @Transactional
    public int closeDeregistrationReviews(UUID registrantId, String note, String actor) {
        List<ComplianceTask> open = tasks.openForUpdate(registrantId, TaskKind.DEREGISTRATION_REVIEW);
        open.forEach(
                task -> tasks.update(task.closed(ClosureReason.DEREGISTRATION_DECIDED, note, actor, clock.instant())));
        return open.size();
    }

    private ComplianceTask forUpdate(UUID id, Long expectedVersion, Viewer viewer) {
        ComplianceTask task = tasks.findForUpdate(id, viewer)
                .orElseThrow(() -> new NotFound("No compliance task with id " + id + "."));
        if (expectedVersion != null && expectedVersion != task.version()) {
            throw new StaleVersion(expectedVersion, task.version());
        }
        DisclosedRecords.note(List.of(task.registrantId()));
        return task;
    }
}
