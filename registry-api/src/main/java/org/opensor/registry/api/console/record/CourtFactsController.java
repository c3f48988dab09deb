package org.opensor.registry.api.console.record;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.api.conviction.web.ConvictionRequest;
import org.opensor.registry.api.conviction.web.ConvictionWebMapper;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.custody.web.CustodyEventRequest;
import org.opensor.registry.api.custody.web.CustodyWebMapper;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.web.RegistrantResponse;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.OffenceCategory;
import org.opensor.registry.api.statute.Statutes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A court clerk adds what the courts decided: a conviction ({@code POST .../convictions}) and a custody event
 * ({@code POST .../custody-events}), each against the version of the record the clerk opened the form on.
 */
@Controller
class CourtFactsController {

    /** The form's choice between a Cambodian court and a foreign one; the API itself only knows {@code country}. */
    static final String CONVICTED_IN = "convictedIn";

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;
    private final ConvictionWebMapper convictions;
    private final CustodyWebMapper custody;
    private final RequestChecks checks;
    private final Statutes statutes;
    private final Labels labels;
    private final MessageSource messages;

    CourtFactsController(
            RegistrantService service,
            RegistrantWebMapper mapper,
            ConvictionWebMapper convictions,
            CustodyWebMapper custody,
            RequestChecks checks,
            Statutes statutes,
            Labels labels,
            MessageSource messages) {
        this.service = service;
        this.mapper = mapper;
        this.convictions = convictions;
        this.custody = custody;
        this.checks = checks;
        this.statutes = statutes;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/console/registrants/{id}/convictions/new")
    String convictionForm(@PathVariable String id, Model model) {
        Registrant registrant = RecordIds.load(service, id);
        FormValues form =
                FormValues.of(Map.of("version", Long.toString(registrant.version()), CONVICTED_IN, "DOMESTIC"));
        return showConviction(model, registrant, form, Map.of());
    }

    @PostMapping("/console/registrants/{id}/convictions/new")
    String recordConviction(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Principal actor,
            Model model,
            HttpServletRequest http,
            Locale locale) {
        Registrant registrant = RecordIds.load(service, id);
        FormValues form = new FormValues(params);
        Violations conversions = new Violations();
        ConvictionRequest request = convictionRequest(form, conversions);
        Map<String, String> errors = checks.check(conversions, request);
        if (!errors.isEmpty()) {
            return showConviction(model, registrant, form, errors);
        }
        try {
            Registrant after = service.recordConviction(
                    registrant.id(), RecordWrites.version(form), convictions.toCommand(request), actor.getName());
            RegistrantResponse.RegistrationResponse registration =
                    mapper.toResponse(after).registration();
            RecordBanner.put(
                    http,
                    after.id().value(),
                    registration == null
                            ? messages.getMessage(
                                    "record.banner.conviction", new Object[] {request.caseNumber()}, locale)
                            : messages.getMessage(
                                    "record.banner.conviction.policy",
                                    new Object[] {request.caseNumber(), labels.policyNote(registration.policyNote())},
                                    locale));
            return "redirect:/console/registrants/" + after.id().value();
        } catch (RuleViolation | RuleViolations | RefusedTransition | StaleVersion e) {
            return showConviction(model, registrant, RecordWrites.again(form, e), RecordWrites.refusal(e, form));
        }
    }

    @GetMapping("/console/registrants/{id}/custody-events/new")
    String custodyForm(@PathVariable String id, Model model) {
        Registrant registrant = RecordIds.load(service, id);
        return showCustody(
                model, registrant, FormValues.of(Map.of("version", Long.toString(registrant.version()))), Map.of());
    }

    @PostMapping("/console/registrants/{id}/custody-events/new")
    String recordCustodyEvent(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Principal actor,
            Model model,
            HttpServletRequest http,
            Locale locale) {
        Registrant registrant = RecordIds.load(service, id);
        FormValues form = new FormValues(params);
        Violations conversions = new Violations();
        CustodyEventRequest request = custodyRequest(form, conversions);
        Map<String, String> errors = checks.check(conversions, request);
        if (!errors.isEmpty()) {
            return showCustody(model, registrant, form, errors);
        }
        try {
            Registrant after = service.recordCustodyEvent(
                    registrant.id(), RecordWrites.version(form), custody.toCommand(request), actor.getName());
            RecordBanner.put(
                    http, after.id().value(), custodyOutcome(request.type(), mapper.toResponse(after), locale));
            return "redirect:/console/registrants/" + after.id().value();
        } catch (RuleViolation | RuleViolations | RefusedTransition | StaleVersion e) {
            return showCustody(model, registrant, RecordWrites.again(form, e), RecordWrites.refusal(e, form));
        }
    }

    /**
     * What the event did, for the banner on the record: the custody status, and for a decree what it did to the
     * registration (a pardon for an offence against a child does not end it; the clerk should see that at once).
     */
    String custodyOutcome(CustodyEventType type, RegistrantResponse after, Locale locale) {
        String outcome = messages.getMessage(
                "record.banner.custody",
                new Object[] {
                    labels.label(type.name()),
                    labels.label(after.custodyStatus()).toLowerCase(locale)
                },
                locale);
        if (type.needsDecree() && after.registration() != null) {
            outcome = messages.getMessage(
                    "record.banner.custody.policy",
                    new Object[] {
                        outcome, labels.policyNote(after.registration().policyNote())
                    },
                    locale);
        }
        return outcome;
    }

    private String showConviction(Model model, Registrant registrant, FormValues form, Map<String, String> errors) {
        Map<String, List<OffenceOption>> byStatute = new LinkedHashMap<>();
        statutes.entries().forEach(entry -> {
            Offence o = entry.offence();
            byStatute
                    .computeIfAbsent(labels.statute(o.id(), o.statute()), s -> new java.util.ArrayList<>())
                    .add(new OffenceOption(o.id(), o.article(), labels.offenceTitle(o.title(), entry.titleKm())));
        });
        model.addAttribute("offencesByStatute", byStatute);
        model.addAttribute("categories", OffenceCategory.values());
        model.addAttribute("tiers", RegistrationTier.values());
        return show(model, registrant, form, errors, "console/record/conviction");
    }

    private String showCustody(Model model, Registrant registrant, FormValues form, Map<String, String> errors) {
        model.addAttribute("eventTypes", CustodyEventType.values());
        model.addAttribute("statuses", CustodyStatus.values());
        return show(model, registrant, form, errors, "console/record/custody");
    }

    private String show(Model model, Registrant registrant, FormValues form, Map<String, String> errors, String view) {
        model.addAttribute("id", registrant.id().value());
        model.addAttribute("record", mapper.toResponse(registrant));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

    private static ConvictionRequest convictionRequest(FormValues form, Violations conversions) {
        boolean foreign = "FOREIGN".equals(form.get(CONVICTED_IN));
        String country = foreign ? form.code("country") : CountryCode.HOME.code();
        ConvictionRequest.ForeignOffenceRequest foreignOffence = form.text("foreignOffence.statute") == null
                        && form.text("foreignOffence.article") == null
                        && form.text("foreignOffence.category") == null
                ? null
                : new ConvictionRequest.ForeignOffenceRequest(
                        form.text("foreignOffence.statute"),
                        form.text("foreignOffence.article"),
                        form.constant("foreignOffence.category", OffenceCategory.class, conversions));
        Boolean victimMinor = form.text("victimMinor") == null ? null : Boolean.valueOf(form.text("victimMinor"));
        return new ConvictionRequest(
                form.text("court"),
                form.text("caseNumber"),
                form.date("judgmentDate", conversions),
                form.text("offenceId"),
                foreignOffence,
                victimMinor,
                country,
                form.number("sentenceMonths", conversions),
                form.constant("registrationTier", RegistrationTier.class, conversions),
                form.text("reason"));
    }

    private static CustodyEventRequest custodyRequest(FormValues form, Violations conversions) {
        java.util.UUID corrects = null;
        if (form.text("correctsEventId") != null) {
            try {
                corrects = java.util.UUID.fromString(form.text("correctsEventId"));
            } catch (IllegalArgumentException e) {
                conversions.add(
                        "correctsEventId",
                        "type",
                        "correctsEventId has a value of the wrong type or an unknown constant.");
            }
        }
        return new CustodyEventRequest(
                form.constant("type", CustodyEventType.class, conversions),
                form.date("effectiveDate", conversions),
                form.text("sourceDocument"),
                form.text("decreeNumber"),
                form.date("decreeDate", conversions),
                form.number("sentenceReducedByMonths", conversions),
                form.checked("releasesFromCustody"),
                form.text("facility"),
                corrects,
                form.constant("correctedStatus", CustodyStatus.class, conversions),
                form.text("reason"));
    }
}
