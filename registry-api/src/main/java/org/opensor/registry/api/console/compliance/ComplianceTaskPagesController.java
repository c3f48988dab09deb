package org.opensor.registry.api.console.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.compliance.ClosureReason;
import org.opensor.registry.api.compliance.ComplianceTaskService;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.security.CurrentUnit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/compliance-tasks}: the police officer's task list (their unit's and their own, soonest due first) with
 * assignment and closure beside each task. The same service calls as the API, so the page lists, refuses and audits what
 * the API does. Texts: i18n/compliance*.properties.
 */
@Controller
class ComplianceTaskPagesController {

    private static final int PAGE_SIZE = 50;
    private static final int NOTE_LIMIT = 1000;

    private final ComplianceTaskService tasks;
    private final CurrentUnit units;
    private final Clock clock;

    ComplianceTaskPagesController(ComplianceTaskService tasks, CurrentUnit units, Clock clock) {
        this.tasks = tasks;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/console/compliance-tasks")
    String list(
            @RequestParam(defaultValue = "false") boolean includeClosed,
            @RequestParam(defaultValue = "0") int page,
            Authentication caller,
            Model model) {
        return show(model, caller, includeClosed, Math.max(0, page), null, Map.of());
    }

    @PostMapping("/console/compliance-tasks/{taskId}/assignment")
    String assign(
            @PathVariable UUID taskId,
            @RequestParam(defaultValue = "") String officer,
            @RequestParam(required = false) Long version,
            Authentication caller,
            Model model,
            RedirectAttributes redirect) {
        if (officer.isBlank() || officer.length() > 100) {
            return show(model, caller, false, 0, taskId, Map.of("officer", "compliance.error.officer"));
        }
        try {
            tasks.assign(taskId, version, officer.strip(), units.viewer(caller), caller.getName());
        } catch (RuleViolation e) {
            return show(model, caller, false, 0, taskId, ConsoleForms.errors(e));
        } catch (RefusedTransition | StaleVersion e) {
            return show(model, caller, false, 0, taskId, Map.of("", e.getMessage()));
        }
        redirect.addFlashAttribute("done", "compliance.done.assigned");
        return "redirect:/console/compliance-tasks";
    }

    @PostMapping("/console/compliance-tasks/{taskId}/closure")
    String close(
            @PathVariable UUID taskId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) Long version,
            Authentication caller,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ClosureReason closure = Arrays.stream(ClosureReason.values())
                .filter(r -> r.name().equals(reason))
                .findFirst()
                .orElse(null);
        if (closure == null) {
            errors.put("reason", "compliance.error.reason");
        }
        if (note.isBlank() || note.length() > NOTE_LIMIT) {
            errors.put("note", "compliance.error.note");
        }
        if (!errors.isEmpty()) {
            return show(model, caller, false, 0, taskId, errors);
        }
        try {
            tasks.close(taskId, version, closure, note.strip(), units.viewer(caller), caller.getName());
        } catch (RefusedTransition | StaleVersion e) {
            return show(model, caller, false, 0, taskId, Map.of("", e.getMessage()));
        }
        redirect.addFlashAttribute("done", "compliance.done.closed");
        return "redirect:/console/compliance-tasks";
    }

    /**
     * The list, with the errors of the form sent for {@code failedTask}; an error value that is a bundle key
     * ({@code compliance.error.*}) is shown in the reader's language, any other in the service's words.
     */
    private String show(
            Model model,
            Authentication caller,
            boolean includeClosed,
            int page,
            UUID failedTask,
            Map<String, String> errors) {
        ComplianceTaskService.Page found =
                tasks.list(units.viewer(caller), caller.getName(), includeClosed, page, PAGE_SIZE);
        if (failedTask != null && found.items().stream().noneMatch(t -> t.id().equals(failedTask))) {
            throw new NotFound("No compliance task with id " + failedTask + ".");
        }
        model.addAttribute("tasks", found.items());
        model.addAttribute("total", found.totalElements());
        model.addAttribute("page", page);
        model.addAttribute("pages", (found.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("includeClosed", includeClosed);
        model.addAttribute("today", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        model.addAttribute("reasons", ClosureReason.values());
        model.addAttribute("failedTask", failedTask);
        model.addAttribute("errors", errors);
        return "console/compliance/tasks";
    }
}
