package org.opensor.registry.api.console.decree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.record.FormValues;
import org.opensor.registry.api.decree.Decree;
import org.opensor.registry.api.decree.DecreeId;
import org.opensor.registry.api.decree.DecreeKind;
import org.opensor.registry.api.decree.DecreeService;
import org.opensor.registry.api.decree.NewDecree;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.security.CurrentUnit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /console/decrees}: the clerk enters a decree (its list pasted or uploaded), confirms or rejects the uncertain
 * links, reads the impact preview beside the lines and applies the decree; police officers read the same pages. The
 * same service calls as the API, so the pages refuse what the API refuses, in its words. Texts: i18n/decree*.properties.
 */
@Controller
class DecreePagesController {

    /** Largest list file accepted, as the API's body limit allows for 2,000 lines. */
    private static final long MAX_FILE = 500_000;

    private final DecreeService service;
    private final CurrentUnit currentUnit;

    DecreePagesController(DecreeService service, CurrentUnit currentUnit) {
        this.service = service;
        this.currentUnit = currentUnit;
    }

    @GetMapping("/console/decrees")
    String list(Model model) {
        model.addAttribute("decrees", service.page(0, 50));
        return "console/decree/list";
    }

    @GetMapping("/console/decrees/new")
    String form(Model model) {
        return showForm(model, FormValues.empty(), Map.of());
    }

    @PostMapping("/console/decrees/new")
    String enter(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) MultipartFile file,
            Authentication caller,
            Model model)
            throws IOException {
        FormValues form = new FormValues(params);
        Map<String, String> errors = new LinkedHashMap<>();
        String list = form.get("beneficiaryList");
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_FILE) {
                errors.put("beneficiaryList", "The file is larger than " + MAX_FILE / 1000 + " kB.");
            } else {
                list = new String(file.getBytes(), StandardCharsets.UTF_8);
            }
        }
        LocalDate date = date(form.get("date"), errors);
        Integer months = months(form.get("reductionMonths"), errors);
        DecreeKind kind = Arrays.stream(DecreeKind.values())
                .filter(k -> k.name().equals(form.get("kind")))
                .findFirst()
                .orElse(null);
        if (!errors.isEmpty()) {
            return showForm(model, form, errors);
        }
        try {
            Decree decree = service.enter(
                    new NewDecree(form.get("number"), date, form.get("occasion"), kind, months, null, list),
                    currentUnit.viewer(caller),
                    caller.getName());
            return "redirect:/console/decrees/" + decree.id();
        } catch (RuleViolation | RuleViolations e) {
            return showForm(model, form, ConsoleForms.errors(e));
        }
    }

    @GetMapping("/console/decrees/{id}")
    String read(@PathVariable UUID id, Model model) {
        return show(model, service.find(new DecreeId(id)), Map.of());
    }

    @PostMapping("/console/decrees/{id}/lines/{lineNumber}/decision")
    String decide(
            @PathVariable UUID id,
            @PathVariable String lineNumber,
            @RequestParam(defaultValue = "") String decision,
            Principal actor,
            Model model) {
        if (!lineNumber.matches("\\d{1,4}")) {
            throw new NotFound("No line " + lineNumber + " in decree " + id + ".");
        }
        try {
            service.decide(
                    new DecreeId(id),
                    null,
                    Integer.parseInt(lineNumber),
                    "CONFIRM".equals(decision),
                    null,
                    actor.getName());
            return "redirect:/console/decrees/" + id + "#line-" + lineNumber;
        } catch (RuleViolation | RuleViolations | RefusedTransition e) {
            return show(model, service.find(new DecreeId(id)), ConsoleForms.errors(e));
        }
    }

    @PostMapping("/console/decrees/{id}/application")
    String apply(@PathVariable UUID id, @RequestParam(defaultValue = "") String version, Principal actor, Model model) {
        try {
            service.apply(new DecreeId(id), version.isBlank() ? null : Long.parseLong(version), null, actor.getName());
            return "redirect:/console/decrees/" + id;
        } catch (RuleViolation | RuleViolations | RefusedTransition | StaleVersion | NumberFormatException e) {
            return show(model, service.find(new DecreeId(id)), ConsoleForms.errors(e));
        }
    }

    private String show(Model model, Decree decree, Map<String, String> errors) {
        model.addAttribute("decree", decree);
        model.addAttribute("preview", service.preview(decree.id(), decree.applied() ? decree.effectiveDate() : null));
        model.addAttribute("errors", errors);
        return "console/decree/decree";
    }

    private static String showForm(Model model, FormValues form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", DecreeKind.values());
        return "console/decree/new";
    }

    private static LocalDate date(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put("date", "date must be YYYY-MM-DD");
            return null;
        }
    }

    private static Integer months(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.put("reductionMonths", "reductionMonths must be a whole number of months");
            return null;
        }
    }
}
