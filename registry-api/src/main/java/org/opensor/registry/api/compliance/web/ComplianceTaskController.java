package org.opensor.registry.api.compliance.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.compliance.ClosureReason;
import org.opensor.registry.api.compliance.ComplianceTask;
import org.opensor.registry.api.compliance.ComplianceTaskService;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.api.web.Preconditions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/compliance-tasks}: a police officer's task list (their unit's tasks and those assigned to them, soonest
 * due first), assignment and closure with a reason. The ETag is the task's version.
 */
@RestController
class ComplianceTaskController {

    /** @param officer the username of the police officer who takes the task */
    record AssignmentRequest(@NotBlank @Size(max = 100) String officer) {}

    /** @param note what was done, in a sentence */
    record ClosureRequest(
            @NotNull ClosureReason reason,
            @NotBlank @Size(max = 1000) String note) {}

    record TaskPage(List<ComplianceTask> items, int page, int size, long totalElements, long totalPages) {}

    private final ComplianceTaskService tasks;
    private final CurrentUnit units;

    ComplianceTaskController(ComplianceTaskService tasks, CurrentUnit units) {
        this.tasks = tasks;
        this.units = units;
    }

    @GetMapping("/api/v1/compliance-tasks")
    TaskPage list(
            @RequestParam(defaultValue = "false") boolean includeClosed,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Authentication caller) {
        ComplianceTaskService.Page found =
                tasks.list(units.viewer(caller), caller.getName(), includeClosed, page, size);
        return new TaskPage(
                found.items(), page, size, found.totalElements(), (found.totalElements() + size - 1) / size);
    }

    @PostMapping("/api/v1/compliance-tasks/{taskId}/assignment")
    ResponseEntity<ComplianceTask> assign(
            @PathVariable UUID taskId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody AssignmentRequest request,
            Authentication caller) {
        ComplianceTask task = tasks.assign(
                taskId,
                Preconditions.optionalVersion(ifMatch),
                request.officer().strip(),
                units.viewer(caller),
                caller.getName());
        return ResponseEntity.ok().eTag(Long.toString(task.version())).body(task);
    }

    @PostMapping("/api/v1/compliance-tasks/{taskId}/closure")
    ResponseEntity<ComplianceTask> close(
            @PathVariable UUID taskId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ClosureRequest request,
            Authentication caller) {
        ComplianceTask task = tasks.close(
                taskId,
                Preconditions.optionalVersion(ifMatch),
                request.reason(),
                request.note().strip(),
                units.viewer(caller),
                caller.getName());
        return ResponseEntity.ok().eTag(Long.toString(task.version())).body(task);
    }
}
