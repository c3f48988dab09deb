package org.opensor.registry.api.console.foreign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.person.PersonCandidates;
import org.opensor.registry.api.extradition.ForeignRequest;
import org.opensor.registry.api.extradition.ForeignRequestService;
import org.opensor.registry.api.extradition.NewForeignRequest;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.opensor.registry.api.security.CurrentUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/foreign-requests}: one person's requests and notices from other states (wanted elsewhere), each with
 * its decision support criterion by criterion in sentences, the court clerk's forms to record and to close one, and a
 * lookup of the person by name. The same service
 * calls as {@code /api/v1/foreign-requests}, so the page checks, refuses and audits what the API does. Texts:
 * i18n/foreign*.properties.
 */
@Controller
class ForeignRequestPagesController {

    private static final int LIST_LIMIT = 100;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    /**
     * Why a request ends, as the clerk chooses it; stored as the reason's word (with the clerk's detail after a colon) so
     * the page can say it in the reader's language and the API shows the same plain words.
     */
    static final List<String> CLOSURE_REASONS =
            List.of("extradited", "refused", "withdrawn", "notice-cancelled", "left-cambodia", "deceased");

    private final ForeignRequestService requests;
    private final RecordVisibility visibility;
    private final CurrentUnit units;
    private final PersonCandidates people;
    private final ExtraditionReasonWords reasons;

    ForeignRequestPagesController(
            ForeignRequestService requests,
            RecordVisibility visibility,
            CurrentUnit units,
            PersonCandidates people,
            ExtraditionReasonWords reasons) {
        this.requests = requests;
        this.visibility = visibility;
        this.units = units;
        this.people = people;
        this.reasons = reasons;
    }

    /** The person by name: candidates to pick from, found and audited as an identity search (with its purpose). */
    @GetMapping("/console/foreign-requests/people")
    String findByName(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String nameDateOfBirth,
            Authentication caller,
            Model model) {
        Map<String, String> errors = people.intoPage(name, nameDateOfBirth, "foreign.error.", caller, model);
        return show(model, caller, null, Map.of(), errors);
    }

    /** The court clerk closes a request: extradited, refused, withdrawn, and so on, with the day. */
    @PostMapping("/console/foreign-requests/{requestId}/closure")
    String close(
            @PathVariable UUID requestId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String detail,
            @RequestParam(defaultValue = "") String closedOn,
            @RequestParam(required = false) Long version,
            Authentication caller,
            Model model,
            RedirectAttributes redirect) {
        ForeignRequest before = requests.find(requestId).request();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!CLOSURE_REASONS.contains(reason)) {
            errors.put("reason", "foreign.error.reason");
        }
        if (detail.strip().length() > 400) {
            errors.put("detail", "foreign.error.detail");
        }
        LocalDate on = date(closedOn);
        if (on == null) {
            errors.put("closedOn", "foreign.error.closedOn");
        }
        if (errors.isEmpty()) {
            try {
                requests.close(
                        requestId,
                        version,
                        on,
                        detail.isBlank() ? reason : reason + ": " + detail.strip(),
                        caller.getName());
                redirect.addFlashAttribute("done", "foreign.done.closed");
                return "redirect:/console/foreign-requests?person=" + before.subjectId();
            } catch (RuleViolation e) {
                errors.putAll(ConsoleForms.errors(e));
            } catch (RefusedTransition e) {
                errors.put("", ConsoleForms.words(e));
            } catch (StaleVersion e) {
                errors.put("", "foreign.error.stale");
            }
        }
        model.addAttribute("failedRequest", requestId);
        model.addAttribute("closureValues", Map.of("reason", reason, "detail", detail, "closedOn", closedOn));
        return show(model, caller, before.subjectId(), Map.of(), errors);
    }

    @GetMapping("/console/foreign-requests")
    String list(@RequestParam(defaultValue = "") String person, Authentication caller, Model model) {
        UUID subject = uuid(person);
        if (!person.isBlank() && subject == null) {
            return show(model, caller, null, Map.of(), Map.of("person", "foreign.error.person"));
        }
        return show(model, caller, subject, Map.of(), Map.of());
    }

    @PostMapping("/console/foreign-requests")
    String record(
            @RequestParam Map<String, String> values, Authentication caller, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID subject = uuid(values.getOrDefault("person", ""));
        if (subject == null) {
            errors.put("person", "foreign.error.person");
        }
        ForeignRequest.Kind kind = Arrays.stream(ForeignRequest.Kind.values())
                .filter(k -> k.name().equals(values.get("kind")))
                .findFirst()
                .orElse(null);
        if (kind == null) {
            errors.put("kind", "foreign.error.kind");
        }
        String state = values.getOrDefault("requestingState", "").strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(state).matches()) {
            errors.put("requestingState", "foreign.error.requestingState");
        }
        String offence = text(values, "offence", 300, true, errors);
        String mapped = text(values, "mappedOffenceId", 40, false, errors);
        Integer months = null;
        String penalty = values.getOrDefault("foreignMaxPenaltyMonths", "").strip();
        if (!penalty.isEmpty()) {
            try {
                months = Integer.valueOf(penalty);
            } catch (NumberFormatException e) {
                months = -1;
            }
            if (months < 1 || months > 1200) {
                errors.put("foreignMaxPenaltyMonths", "foreign.error.foreignMaxPenaltyMonths");
            }
        }
        String reference = text(values, "reference", 100, true, errors);
        String notice = text(values, "interpolNotice", 40, false, errors);
        LocalDate receivedOn = date(values.get("receivedOn"));
        if (receivedOn == null) {
            errors.put("receivedOn", "foreign.error.receivedOn");
        }
        if (!errors.isEmpty()) {
            return show(model, caller, subject, values, errors);
        }
        try {
            requests.record(
                    new NewForeignRequest(subject, kind, state, offence, mapped, months, reference, notice, receivedOn),
                    caller.getName());
        } catch (RuleViolation | RuleViolations e) {
            return show(model, caller, subject, values, ConsoleForms.errors(e));
        }
        redirect.addFlashAttribute("done", "foreign.done.recorded");
        return "redirect:/console/foreign-requests?person=" + subject;
    }

    /**
     * The page: the person's requests when one is chosen, and the form. An error value that is a bundle key
     * ({@code foreign.error.*}) is shown in the reader's language, any other is already in the reader's words.
     */
    private String show(
            Model model, Authentication caller, UUID subject, Map<String, String> values, Map<String, String> errors) {
        List<ForeignRequestService.Assessed> found = List.of();
        if (subject != null) {
            if (requests.isRegistrant(subject)) {
                // A restricted registrant's requests are as restricted as the record (docs/security.md).
                visibility.checkRead(units.viewer(caller), subject);
            }
            found = requests.ofSubject(subject, LIST_LIMIT);
        }
        model.addAttribute("person", subject);
        model.addAttribute("requests", found);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ForeignRequest.Kind.values());
        model.addAttribute("closureReasons", CLOSURE_REASONS);
        Map<UUID, ClosureReason> closures = new LinkedHashMap<>();
        found.forEach(
                a -> closures.put(a.request().id(), ClosureReason.of(a.request().closureReason())));
        model.addAttribute("closures", closures);
        Locale reader = LocaleContextHolder.getLocale();
        Map<UUID, List<String>> reasoning = new LinkedHashMap<>();
        found.forEach(a -> reasoning.put(
                a.request().id(),
                a.assessment().criteria().stream()
                        .map(c -> reasons.of(c, reader))
                        .toList()));
        model.addAttribute("reasoning", reasoning);
        return "console/foreign/requests";
    }

    private static String text(
            Map<String, String> values, String field, int max, boolean required, Map<String, String> errors) {
        String value = values.getOrDefault(field, "").strip();
        if (value.length() > max || required && value.isEmpty()) {
            errors.put(field, "foreign.error." + field);
        }
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
