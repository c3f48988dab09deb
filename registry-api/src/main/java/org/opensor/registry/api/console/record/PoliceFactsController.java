package org.opensor.registry.api.console.record;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.api.place.AddressKind;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.web.AddressRequest;
import org.opensor.registry.api.registrant.web.RegistrantResponse;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
import org.opensor.registry.api.registrant.web.VerificationRequest;
import org.opensor.registry.api.registration.VerificationOutcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A police officer adds what they found: an address ({@code POST .../addresses}) and the outcome of an address check
 * ({@code POST .../verifications}), each against the version of the record the officer opened the form on.
 */
@Controller
class PoliceFactsController {

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;
    private final RequestChecks checks;
    private final Labels labels;
    private final MessageSource messages;

    PoliceFactsController(
            RegistrantService service,
            RegistrantWebMapper mapper,
            RequestChecks checks,
            Labels labels,
            MessageSource messages) {
        this.service = service;
        this.mapper = mapper;
        this.checks = checks;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/console/registrants/{id}/addresses/new")
    String addressForm(@PathVariable String id, Model model) {
        Registrant registrant = RecordIds.load(service, id);
        return show(
                model,
                registrant,
                FormValues.of(Map.of(
                        "version",
                        Long.toString(registrant.version()),
                        "country",
                        "KHM",
                        "validFrom",
                        service.today().toString())),
                Map.of(),
                "address");
    }

    @PostMapping("/console/registrants/{id}/addresses/new")
    String recordAddress(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Principal actor,
            Model model,
            HttpServletRequest http,
            Locale locale) {
        Registrant registrant = RecordIds.load(service, id);
        FormValues form = new FormValues(params);
        Violations conversions = new Violations();
        AddressRequest request = new AddressRequest(
                form.constant("kind", AddressKind.class, conversions),
                form.text("line"),
                form.text("district"),
                form.text("province"),
                form.code("country"),
                form.date("validFrom", conversions),
                form.date("validTo", conversions),
                form.text("reason"));
        Map<String, String> errors = checks.check(conversions, request);
        if (!errors.isEmpty()) {
            return show(model, registrant, form, errors, "address");
        }
        try {
            Registrant after = service.recordAddress(
                    registrant.id(), RecordWrites.version(form), mapper.toCommand(request), actor.getName());
            RecordBanner.put(
                    http,
                    after.id().value(),
                    messages.getMessage("record.banner.address", new Object[] {request.line()}, locale));
            return "redirect:/console/registrants/" + after.id().value();
        } catch (RuleViolation | RuleViolations | RefusedTransition | StaleVersion e) {
            return show(model, registrant, RecordWrites.again(form, e), RecordWrites.refusal(e, form), "address");
        }
    }

    @GetMapping("/console/registrants/{id}/verifications/new")
    String verificationForm(@PathVariable String id, Model model) {
        Registrant registrant = RecordIds.load(service, id);
        return show(
                model,
                registrant,
                FormValues.of(Map.of(
                        "version",
                        Long.toString(registrant.version()),
                        "verifiedOn",
                        service.today().toString())),
                Map.of(),
                "verification");
    }

    @PostMapping("/console/registrants/{id}/verifications/new")
    String recordVerification(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Principal actor,
            Model model,
            HttpServletRequest http,
            Locale locale) {
        Registrant registrant = RecordIds.load(service, id);
        FormValues form = new FormValues(params);
        Violations conversions = new Violations();
        VerificationRequest request = new VerificationRequest(
                form.date("verifiedOn", conversions),
                form.constant("outcome", VerificationOutcome.class, conversions),
                form.text("note"),
                form.text("reason"));
        Map<String, String> errors = checks.check(conversions, request);
        if (!errors.isEmpty()) {
            return show(model, registrant, form, errors, "verification");
        }
        try {
            Registrant after = service.recordVerification(
                    registrant.id(), RecordWrites.version(form), mapper.toCommand(request), actor.getName());
            var registration = mapper.toResponse(after).registration();
            RecordBanner.put(http, after.id().value(), verificationOutcome(request.outcome(), registration, locale));
            return "redirect:/console/registrants/" + after.id().value();
        } catch (RuleViolation | RuleViolations | RefusedTransition | StaleVersion e) {
            return show(model, registrant, RecordWrites.again(form, e), RecordWrites.refusal(e, form), "verification");
        }
    }

    /** What the check did, for the banner on the record: the outcome, and the compliance and next check it set. */
    private String verificationOutcome(
            VerificationOutcome outcome, RegistrantResponse.RegistrationResponse registration, Locale locale) {
        String recorded = messages.getMessage(
                "record.banner.verification",
                new Object[] {labels.label(outcome.name()).toLowerCase(locale)},
                locale);
        if (registration == null) {
            return recorded;
        }
        String compliance = labels.label(registration.complianceStatus()).toLowerCase(locale);
        return registration.nextVerificationDue() == null
                ? messages.getMessage(
                        "record.banner.verification.compliance", new Object[] {recorded, compliance}, locale)
                : messages.getMessage(
                        "record.banner.verification.next",
                        new Object[] {recorded, compliance, labels.date(registration.nextVerificationDue())},
                        locale);
    }

    private String show(Model model, Registrant registrant, FormValues form, Map<String, String> errors, String view) {
        model.addAttribute("id", registrant.id().value());
        model.addAttribute("record", mapper.toResponse(registrant));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("addressKinds", AddressKind.values());
        model.addAttribute("outcomes", VerificationOutcome.values());
        return "console/record/" + view;
    }
}
