package org.opensor.registry.api.console.travel;

import jakarta.validation.Validator;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.travel.TravelNotice;
import org.opensor.registry.api.travel.TravelNoticePage;
import org.opensor.registry.api.travel.TravelNoticeService;
import org.opensor.registry.api.travel.TravelPlan;
import org.opensor.registry.api.travel.TravelSettings;
import org.opensor.registry.api.travel.web.CancellationRequest;
import org.opensor.registry.api.travel.web.TravelNoticeRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/registrants/{id}/travel-notices}: a registrant's trips abroad, and the police officer's forms to
 * declare, amend and cancel them. Each does what {@code TravelNoticeController} does, through the same service and
 * the same request rules, so an error beside a field is the API's own sentence.
 */
@Controller
class TravelNoticePagesController {

    private static final int PAGE_SIZE = 20;
    /** The form's fields top to bottom: the error summary lists problems in this order. */
    private static final List<String> FIELDS = List.of(
            "departureDate",
            "returnDate",
            "departurePoint",
            "legs",
            "travelPurpose",
            "documentType",
            "documentNumber",
            "addressAbroad",
            "reason");

    private final TravelNoticeService notices;
    private final RegistrantService registrants;
    private final TravelSettings settings;
    private final Validator validator;
    private final ConsoleDates dates;

    TravelNoticePagesController(
            TravelNoticeService notices,
            RegistrantService registrants,
            TravelSettings settings,
            Validator validator,
            ConsoleDates dates) {
        this.dates = dates;
        this.notices = notices;
        this.registrants = registrants;
        this.settings = settings;
        this.validator = validator;
    }

    @GetMapping("/console/registrants/{id}/travel-notices")
    String list(@PathVariable String id, @RequestParam(defaultValue = "0") String page, Model model) {
        RegistrantId registrant = registrantId(id);
        int pageNumber = page.matches("\\d{1,4}") ? Integer.parseInt(page) : 0;
        TravelNoticePage found = notices.list(registrant, pageNumber, PAGE_SIZE);
        model.addAttribute("registrantId", id);
        model.addAttribute(
                "notices",
                found.items().stream().map(n -> NoticeView.of(n, dates)).toList());
        model.addAttribute("page", pageNumber);
        model.addAttribute("lastPage", Math.max(0, (found.totalElements() - 1) / PAGE_SIZE));
        model.addAttribute("totalNotices", found.totalElements());
        model.addAttribute("noticePeriod", inWords(settings.noticePeriod()));
        registrantName(registrant, model);
        return "console/travel/notices";
    }

    @GetMapping("/console/registrants/{id}/travel-notices/new")
    String newNotice(@PathVariable String id, Model model) {
        RegistrantId registrant = registrantId(id);
        registrants.find(registrant).orElseThrow(() -> new NotFound("No registrant with id " + id + "."));
        return form(id, null, TravelNoticeForm.empty(), Map.of(), model);
    }

    @PostMapping("/console/registrants/{id}/travel-notices/new")
    String declare(
            @PathVariable String id,
            @ModelAttribute("form") TravelNoticeForm form,
            BindingResult binding,
            @RequestParam(required = false) String addLeg,
            Authentication actor,
            Model model,
            RedirectAttributes redirect) {
        RegistrantId registrant = registrantId(id);
        if (addLeg != null) {
            form.padLegs(1);
            return form(id, null, form, Map.of(), model);
        }
        form.compactLegs();
        Map<String, String> errors = new LinkedHashMap<>();
        TravelPlan plan = plan(form, errors);
        if (plan != null) {
            try {
                TravelNotice notice = notices.declare(registrant, plan, form.getReason(), actor.getName());
                return saved(
                        id,
                        notice,
                        ConsoleText.first("Travel notice declared", null, "travel.saved.declared"),
                        redirect);
            } catch (RuleViolation | RuleViolations broken) {
                errors.putAll(ConsoleForms.errors(broken));
            }
        }
        form.padLegs(0);
        return form(id, null, form, errors, model);
    }

    @GetMapping("/console/registrants/{id}/travel-notices/{noticeId}/edit")
    String editNotice(@PathVariable String id, @PathVariable String noticeId, Model model) {
        TravelNotice notice = notices.find(registrantId(id), noticeId(noticeId));
        return form(id, notice, TravelNoticeForm.of(notice), Map.of(), model);
    }

    @PostMapping("/console/registrants/{id}/travel-notices/{noticeId}/edit")
    String amend(
            @PathVariable String id,
            @PathVariable String noticeId,
            @ModelAttribute("form") TravelNoticeForm form,
            BindingResult binding,
            @RequestParam(required = false) String addLeg,
            Authentication actor,
            Model model,
            RedirectAttributes redirect) {
        RegistrantId registrant = registrantId(id);
        TravelNotice current = notices.find(registrant, noticeId(noticeId));
        if (addLeg != null) {
            form.padLegs(1);
            return form(id, current, form, Map.of(), model);
        }
        form.compactLegs();
        Map<String, String> errors = new LinkedHashMap<>();
        TravelPlan plan = plan(form, errors);
        if (plan != null) {
            // The version the officer read travels in the form, as If-Match does in the API; a form without a
            // readable one (binding failed) is treated as stale rather than applied over someone else's change.
            long version = form.getVersion() == null ? -1 : form.getVersion();
            try {
                TravelNotice notice =
                        notices.amend(registrant, current.id(), version, plan, form.getReason(), actor.getName());
                return saved(
                        id, notice, ConsoleText.first("Travel notice changed", null, "travel.saved.changed"), redirect);
            } catch (RuleViolation | RuleViolations broken) {
                errors.putAll(ConsoleForms.errors(broken));
            } catch (StaleVersion stale) {
                model.addAttribute("stale", true);
                errors.put(
                        "",
                        ConsoleText.first(
                                "Someone changed this notice after you opened it, so your change was not saved. "
                                        + stale.getMessage(),
                                null,
                                "travel.stale.changed"));
            } catch (RefusedTransition refused) {
                errors.put("", ConsoleForms.words(refused));
            }
        }
        form.padLegs(0);
        return form(id, current, form, errors, model);
    }

    @GetMapping("/console/registrants/{id}/travel-notices/{noticeId}/cancellation")
    String cancellation(@PathVariable String id, @PathVariable String noticeId, Model model) {
        TravelNotice notice = notices.find(registrantId(id), noticeId(noticeId));
        return cancellationPage(id, notice, null, notice.version(), Map.of(), model);
    }

    @PostMapping("/console/registrants/{id}/travel-notices/{noticeId}/cancellation")
    String cancel(
            @PathVariable String id,
            @PathVariable String noticeId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(required = false) String version,
            Authentication actor,
            Model model,
            RedirectAttributes redirect) {
        RegistrantId registrant = registrantId(id);
        TravelNotice current = notices.find(registrant, noticeId(noticeId));
        Long read = version != null && version.matches("\\d{1,18}") ? Long.valueOf(version) : null;
        Map<String, String> errors =
                new LinkedHashMap<>(ConsoleForms.errors(validator.validate(new CancellationRequest(reason))));
        if (errors.isEmpty()) {
            try {
                TravelNotice notice = notices.cancel(registrant, current.id(), read, reason, actor.getName());
                redirect.addFlashAttribute(
                        "saved", ConsoleText.first("Travel notice cancelled", null, "travel.saved.cancelled"));
                redirect.addFlashAttribute("savedNotice", notice.id());
                return "redirect:/console/registrants/" + id + "/travel-notices";
            } catch (StaleVersion stale) {
                errors.put(
                        "",
                        ConsoleText.first(
                                "Someone changed this notice after you opened it, so it was not cancelled. "
                                        + stale.getMessage(),
                                null,
                                "travel.stale.cancelled"));
            } catch (RefusedTransition refused) {
                errors.put("", ConsoleForms.words(refused));
            }
        }
        return cancellationPage(id, current, reason, read, errors, model);
    }

    /** The plan, or null with the reasons in {@code errors}: the API's checks in the API's order, then the form's order. */
    private TravelPlan plan(TravelNoticeForm form, Map<String, String> errors) {
        TravelNoticeRequest request = form.toRequest(errors);
        errors.putAll(ConsoleForms.errors(validator.validate(request)));
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return request.toPlan();
        } catch (RuleViolations broken) {
            errors.putAll(ConsoleForms.errors(broken));
            return null;
        }
    }

    private String saved(String id, TravelNotice notice, String what, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", what);
        redirect.addFlashAttribute("savedNotice", notice.id());
        redirect.addFlashAttribute("savedLate", notice.late());
        return "redirect:/console/registrants/" + id + "/travel-notices";
    }

    private String form(
            String id, TravelNotice notice, TravelNoticeForm form, Map<String, String> errors, Model model) {
        model.addAttribute("registrantId", id);
        model.addAttribute("notice", notice == null ? null : NoticeView.of(notice, dates));
        model.addAttribute("form", form);
        model.addAttribute("errors", inFormOrder(errors));
        model.addAttribute("countries", Countries.all(LocaleContextHolder.getLocale()));
        model.addAttribute("noticePeriod", inWords(settings.noticePeriod()));
        return "console/travel/notice-form";
    }

    private String cancellationPage(
            String id, TravelNotice notice, String reason, Long version, Map<String, String> errors, Model model) {
        model.addAttribute("registrantId", id);
        model.addAttribute("notice", NoticeView.of(notice, dates));
        model.addAttribute("reason", reason);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "console/travel/cancellation";
    }

    /** Shown on the list only, which borrows the read permission and so has a purpose recorded with it. */
    private void registrantName(RegistrantId id, Model model) {
        registrants.find(id).ifPresent(registrant -> {
            Identity identity = registrant.identity();
            model.addAttribute("registrantName", (identity.familyName() + " " + identity.givenNames()).strip());
            model.addAttribute("registrantScriptName", identity.originalScriptName());
        });
    }

    /**
     * The trip's purpose is {@code travelPurpose} on the form (see {@link TravelNoticeForm}); errors follow the
     * fields top to bottom, the destinations in row order.
     */
    private static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        errors.forEach(
                (field, message) -> renamed.putIfAbsent("purpose".equals(field) ? "travelPurpose" : field, message));
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : FIELDS) {
            renamed.keySet().stream()
                    .filter(key -> key.equals(field) || key.startsWith(field + "["))
                    .sorted()
                    .forEach(key -> ordered.put(key, renamed.get(key)));
        }
        renamed.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static String inWords(Period period) {
        if (period.getYears() == 0 && period.getMonths() == 0) {
            return ConsoleText.first(
                    period.getDays() == 1 ? "1 day" : period.getDays() + " days",
                    new Object[] {period.getDays()},
                    "travel.days");
        }
        return period.toString();
    }

    private static RegistrantId registrantId(String id) {
        try {
            return new RegistrantId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFound("No registrant with id " + id + ".");
        }
    }

    private static UUID noticeId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No travel notice " + id + ".");
        }
    }
}
