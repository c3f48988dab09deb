package org.opensor.registry.api.console.record;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.photo.PhotoService;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.PossibleDuplicate;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.Sex;
import org.opensor.registry.api.registrant.web.AliasRequest;
import org.opensor.registry.api.registrant.web.DocumentRequest;
import org.opensor.registry.api.registrant.web.RegisterPersonRequest;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A court clerk enters a person: {@code POST /api/v1/registrants} as a form. The same request record, the same
 * checks and the same service call as the API, so the form refuses exactly what the API refuses, in its words.
 */
@Controller
class RegisterPersonController {

    static final int ALIAS_ROWS = 3;
    static final int DOCUMENT_ROWS = 2;
    static final int NATIONALITY_ROWS = 3;

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;
    private final RequestChecks checks;
    private final PhotoService photos;
    private final MessageSource messages;

    RegisterPersonController(
            RegistrantService service,
            RegistrantWebMapper mapper,
            RequestChecks checks,
            PhotoService photos,
            MessageSource messages) {
        this.service = service;
        this.mapper = mapper;
        this.checks = checks;
        this.photos = photos;
        this.messages = messages;
    }

    @GetMapping("/console/registrants/new")
    String form(Model model) {
        return show(model, FormValues.empty(), Map.of(), List.of());
    }

    @PostMapping("/console/registrants/new")
    String register(
            @RequestParam MultiValueMap<String, String> params,
            Principal actor,
            Model model,
            HttpServletRequest http,
            Locale locale) {
        FormValues form = new FormValues(params);
        Violations conversions = new Violations();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        RegisterPersonRequest request = request(form, conversions, rows);
        Map<String, String> errors = RequestChecks.onFormRows(checks.check(conversions, request), rows);
        if (!errors.isEmpty()) {
            return show(model, form, errors, List.of());
        }
        try {
            Identity identity = mapper.toIdentity(request, service.today());
            Registrant registrant = service.register(
                    identity,
                    Boolean.TRUE.equals(request.confirmedDistinctPerson()),
                    request.reason(),
                    actor.getName());
            RecordBanner.put(
                    http,
                    registrant.id().value(),
                    messages.getMessage(
                            "record.register.done",
                            new Object[] {
                                registrant.identity().familyName() + " "
                                        + registrant.identity().givenNames()
                            },
                            locale));
            return "redirect:/console/registrants/" + registrant.id().value();
        } catch (RuleViolation | RuleViolations e) {
            return show(model, form, RequestChecks.onFormRows(ConsoleForms.errors(e), rows), List.of());
        } catch (PossibleDuplicate e) {
            Map<String, String> duplicate =
                    Map.of("confirmedDistinctPerson", messages.getMessage("record.duplicates.error", null, locale));
            return show(
                    model,
                    form,
                    duplicate,
                    DuplicateCandidateView.of(e.candidates(), photos.thumbnails(e.candidateIds()), messages, locale));
        }
    }

    private String show(
            Model model, FormValues form, Map<String, String> errors, List<DuplicateCandidateView> candidates) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("candidates", candidates);
        model.addAttribute("aliasRows", form.rows("aliases", ALIAS_ROWS));
        model.addAttribute("documentRows", form.rows("documents", DOCUMENT_ROWS));
        model.addAttribute("nationalityRows", form.rows("nationalities", NATIONALITY_ROWS));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("documentTypes", DocumentType.values());
        return "console/record/register";
    }

    /** The API's request body from the form; only filled rows become aliases, nationalities and documents. */
    private static RegisterPersonRequest request(
            FormValues form, Violations conversions, Map<String, List<Integer>> rows) {
        List<Integer> aliasRows = form.filledRows(
                "aliases", form.rows("aliases", ALIAS_ROWS), "familyName", "givenNames", "fullName", "dateOfBirth");
        List<AliasRequest> aliases = new ArrayList<>();
        for (int i : aliasRows) {
            String row = "aliases[" + i + "].";
            aliases.add(new AliasRequest(
                    form.text(row + "familyName"),
                    form.text(row + "givenNames"),
                    form.text(row + "fullName"),
                    form.text(row + "dateOfBirth")));
        }
        List<Integer> nationalityRows =
                form.filledRows("nationalities", form.rows("nationalities", NATIONALITY_ROWS), "");
        List<String> nationalities = nationalityRows.stream()
                .map(i -> form.code("nationalities[" + i + "]"))
                .toList();
        List<Integer> documentRows = form.filledRows(
                "documents", form.rows("documents", DOCUMENT_ROWS), "type", "number", "issuingState", "expiresOn");
        List<DocumentRequest> documents = new ArrayList<>();
        for (int i : documentRows) {
            String row = "documents[" + i + "].";
            documents.add(new DocumentRequest(
                    form.constant(row + "type", DocumentType.class, conversions),
                    form.text(row + "number"),
                    form.code(row + "issuingState"),
                    form.date(row + "expiresOn", conversions)));
        }
        rows.put("aliases", aliasRows);
        rows.put("nationalities", nationalityRows);
        rows.put("documents", documentRows);
        return new RegisterPersonRequest(
                form.text("familyName"),
                form.text("givenNames"),
                form.text("originalScriptName"),
                aliases,
                form.text("dateOfBirth"),
                form.number("dateOfBirthPlusMinusYears", conversions),
                form.constant("sex", Sex.class, conversions),
                form.text("placeOfBirth"),
                nationalities,
                documents,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of(),
                form.checked("confirmedDistinctPerson"),
                form.text("reason"));
    }
}
