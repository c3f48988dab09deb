package org.opensor.registry.api.console.charge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.opensor.registry.api.charge.Accused;
import org.opensor.registry.api.charge.BailCondition;
import org.opensor.registry.api.charge.BailDecision;
import org.opensor.registry.api.charge.Charge;
import org.opensor.registry.api.charge.ChargeOutcome;
import org.opensor.registry.api.charge.ChargeService;
import org.opensor.registry.api.charge.NewCharge;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.person.PersonCandidates;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.matching.Sex;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/charges}: the court clerk's page of one person's charges (bail decision, conditions and whether a
 * court travel ban holds today), a form to record a charge and, beside a ban in force, a form to end it by court
 * order, the verdict, and a lookup of the person by name. The same service calls as {@code /api/v1/charges}, so the page checks, refuses and audits what the API does.
 * Texts: i18n/charge*.properties.
 */
@Controller
class ChargePagesController {

    private static final int LIST_LIMIT = 100;
    private static final Pattern DATE_OF_BIRTH = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    /** The sexes a charge sheet states; the matcher's other values are not a clerk's choice. */
    private static final List<Sex> SEXES = List.of(Sex.UNKNOWN, Sex.FEMALE, Sex.MALE);

    private final ChargeService charges;
    private final RecordVisibility visibility;
    private final CurrentUnit units;
    private final PersonCandidates people;

    ChargePagesController(
            ChargeService charges, RecordVisibility visibility, CurrentUnit units, PersonCandidates people) {
        this.charges = charges;
        this.visibility = visibility;
        this.units = units;
        this.people = people;
    }

    /** The person by name: candidates to pick from, found and audited as an identity search (with its purpose). */
    @GetMapping("/console/charges/people")
    String findByName(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String nameDateOfBirth,
            Authentication caller,
            Model model) {
        Map<String, String> errors = people.intoPage(name, nameDateOfBirth, "charge.error.", caller, model);
        return show(model, caller, null, Map.of(), List.of(), errors, null);
    }

    /** The verdict (or a dismissal) from the page: ends a travel ban, and an acquittal seals the charge. */
    @PostMapping("/console/charges/{chargeId}/verdict")
    String verdict(
            @PathVariable UUID chargeId,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String decidedOn,
            @RequestParam(required = false) Long version,
            Authentication caller,
            Model model,
            RedirectAttributes redirect) {
        Charge before = charges.find(chargeId);
        Map<String, String> errors = new LinkedHashMap<>();
        ChargeOutcome decided = constant(ChargeOutcome.class, outcome);
        if (decided == null) {
            errors.put("outcome", "charge.error.outcome");
        }
        LocalDate on = date(decidedOn);
        if (on == null) {
            errors.put("decidedOn", "charge.error.decidedOn");
        }
        if (errors.isEmpty()) {
            try {
                charges.decide(chargeId, version, decided, on, caller.getName());
                redirect.addFlashAttribute("done", "charge.done.verdict." + decided);
                return "redirect:/console/charges?person=" + before.subjectId();
            } catch (RuleViolation e) {
                errors.putAll(ConsoleForms.errors(e));
            } catch (RefusedTransition e) {
                errors.put("", ConsoleForms.words(e));
            } catch (StaleVersion e) {
                errors.put("", "charge.error.stale");
            }
        }
        model.addAttribute("verdictValues", Map.of("outcome", outcome, "decidedOn", decidedOn));
        return show(model, caller, before.subjectId(), Map.of(), List.of(), errors, chargeId);
    }

    @GetMapping("/console/charges")
    String list(@RequestParam(defaultValue = "") String person, Authentication caller, Model model) {
        UUID subject = uuid(person);
        if (!person.isBlank() && subject == null) {
            return show(model, caller, null, Map.of(), List.of(), Map.of("person", "charge.error.person"), null);
        }
        return show(model, caller, subject, Map.of(), List.of(), Map.of(), null);
    }

    @PostMapping("/console/charges")
    String record(
            @RequestParam MultiValueMap<String, String> form,
            Authentication caller,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> values = form.toSingleValueMap();
        UUID subject = uuid(values.getOrDefault("person", ""));
        Map<String, String> errors = new LinkedHashMap<>();
        String familyName = text(values, "familyName", 100, errors);
        String givenNames = text(values, "givenNames", 200, errors);
        if (familyName == null && givenNames == null && !errors.containsKey("familyName")) {
            errors.put("familyName", "charge.error.name");
        }
        String dateOfBirth = text(values, "dateOfBirth", 10, errors);
        if (dateOfBirth != null && !DATE_OF_BIRTH.matcher(dateOfBirth).matches()) {
            errors.put("dateOfBirth", "charge.error.dateOfBirth");
        }
        Sex sex = constant(Sex.class, values.get("sex"));
        List<String> nationalities = list(values.get("nationalities"));
        if (nationalities.size() > 5
                || nationalities.stream().anyMatch(n -> !COUNTRY.matcher(n).matches())) {
            errors.put("nationalities", "charge.error.nationalities");
        }
        List<String> documents = list(values.get("documentNumbers"));
        if (documents.size() > 5 || documents.stream().anyMatch(d -> d.length() > 30)) {
            errors.put("documentNumbers", "charge.error.documentNumbers");
        }
        String court = required(values, "court", 200, errors);
        String caseNumber = required(values, "caseNumber", 60, errors);
        String offence = required(values, "offence", 500, errors);
        LocalDate chargedOn = date(values.get("chargedOn"));
        if (chargedOn == null) {
            errors.put("chargedOn", "charge.error.chargedOn");
        }
        BailDecision bail = constant(BailDecision.class, values.get("bail"));
        if (bail == null) {
            errors.put("bail", "charge.error.bail");
        }
        List<BailCondition> conditions = new ArrayList<>();
        for (String condition : form.getOrDefault("conditions", List.of())) {
            BailCondition known = constant(BailCondition.class, condition);
            if (known != null && !conditions.contains(known)) {
                conditions.add(known);
            }
        }
        if (!conditions.isEmpty() && bail != null && bail != BailDecision.GRANTED) {
            errors.put("conditions", "charge.error.conditionsNeedBail");
        }
        if (!errors.isEmpty()) {
            return show(model, caller, subject, values, ticked(conditions), errors, null);
        }
        boolean registrant = subject != null && charges.isRegistrant(subject);
        Charge charge;
        try {
            charge = charges.record(
                    new NewCharge(
                            registrant ? subject : null,
                            registrant ? null : subject,
                            new Accused(familyName, givenNames, dateOfBirth, sex, nationalities, documents),
                            court,
                            caseNumber,
                            offence,
                            chargedOn,
                            bail,
                            conditions),
                    caller.getName());
        } catch (RuleViolation | RuleViolations e) {
            return show(model, caller, subject, values, ticked(conditions), ConsoleForms.errors(e), null);
        }
        redirect.addFlashAttribute("done", "charge.done.recorded");
        return "redirect:/console/charges?person=" + charge.subjectId();
    }

    @PostMapping("/console/charges/{chargeId}/travel-ban-lifting")
    String liftTravelBan(
            @PathVariable UUID chargeId,
            @RequestParam(defaultValue = "") String liftedOn,
            @RequestParam(defaultValue = "") String courtOrder,
            @RequestParam(required = false) Long version,
            Authentication caller,
            Model model,
            RedirectAttributes redirect) {
        Charge before = charges.find(chargeId);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = date(liftedOn);
        if (on == null) {
            errors.put("liftedOn", "charge.error.liftedOn");
        }
        if (courtOrder.isBlank() || courtOrder.length() > 200) {
            errors.put("courtOrder", "charge.error.courtOrder");
        }
        if (errors.isEmpty()) {
            try {
                charges.liftTravelBan(chargeId, version, on, courtOrder, caller.getName());
                redirect.addFlashAttribute("done", "charge.done.banEnded");
                return "redirect:/console/charges?person=" + before.subjectId();
            } catch (RuleViolation e) {
                errors.putAll(ConsoleForms.errors(e));
            } catch (RefusedTransition e) {
                errors.put("", ConsoleForms.words(e));
            } catch (StaleVersion e) {
                errors.put("", "charge.error.stale");
            }
        }
        return show(model, caller, before.subjectId(), Map.of(), List.of(), errors, chargeId);
    }

    /**
     * The page: the person's charges when one is chosen, and the form. An error value that is a bundle key
     * ({@code charge.error.*}) is shown in the reader's language, any other is already in the reader's words.
     */
    private String show(
            Model model,
            Authentication caller,
            UUID subject,
            Map<String, String> values,
            List<String> chosen,
            Map<String, String> errors,
            UUID failedCharge) {
        if (subject != null && charges.isRegistrant(subject)) {
            // A restricted registrant's charges are as restricted as the record (docs/security.md).
            visibility.checkRead(units.viewer(caller), subject);
        }
        List<Charge> found = subject == null ? List.of() : charges.ofSubject(subject, LIST_LIMIT);
        model.addAttribute("person", subject);
        model.addAttribute("charges", found);
        model.addAttribute("accused", found.isEmpty() ? null : found.getFirst().accused());
        model.addAttribute("values", values);
        model.addAttribute("chosenConditions", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("failedCharge", failedCharge);
        model.addAttribute("sexes", SEXES);
        model.addAttribute("bails", BailDecision.values());
        model.addAttribute("conditions", BailCondition.values());
        model.addAttribute("outcomes", ChargeOutcome.values());
        return "console/charge/charges";
    }

    private static List<String> ticked(List<BailCondition> conditions) {
        return conditions.stream().map(Enum::name).toList();
    }

    private static String text(Map<String, String> values, String field, int max, Map<String, String> errors) {
        String value = values.getOrDefault(field, "").strip();
        if (value.length() > max) {
            errors.put(field, "charge.error.tooLong");
        }
        return value.isEmpty() ? null : value;
    }

    private static String required(Map<String, String> values, String field, int max, Map<String, String> errors) {
        String value = text(values, field, max, errors);
        if (value == null) {
            errors.put(field, "charge.error." + field);
        }
        return value;
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,;\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT))
                .toList();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
