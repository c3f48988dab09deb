package org.opensor.registry.api.console.record;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.Alias;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.IdentityDocument;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.Sex;
import org.opensor.registry.api.registrant.web.AliasRequest;
import org.opensor.registry.api.registrant.web.DocumentRequest;
import org.opensor.registry.api.registrant.web.PhysicalDescriptionRequest;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
import org.opensor.registry.api.registrant.web.UpdateIdentityRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A court clerk corrects a person's identity: {@code PUT /api/v1/registrants/{id}} as a form, with the version the
 * form was opened on as {@code If-Match}. Someone else's change in between is told in plain words and nothing is
 * saved; what the form does not show (phones, description, references) is carried over unchanged.
 */
@Controller
class IdentityEditController {

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;
    private final RequestChecks checks;
    private final MessageSource messages;

    IdentityEditController(
            RegistrantService service, RegistrantWebMapper mapper, RequestChecks checks, MessageSource messages) {
        this.service = service;
        this.mapper = mapper;
        this.checks = checks;
        this.messages = messages;
    }

    @GetMapping("/console/registrants/{id}/edit")
    String form(@PathVariable String id, Model model) {
        Registrant registrant = RecordIds.load(service, id);
        return show(model, registrant, formOf(registrant), Map.of(), false);
    }

    @PostMapping("/console/registrants/{id}/edit")
    String save(
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> params,
            Principal actor,
            HttpServletRequest http,
            Model model,
            Locale locale) {
        Registrant current = RecordIds.load(service, id);
        FormValues form = new FormValues(params);
        Violations conversions = new Violations();
        Map<String, List<Integer>> rows = new LinkedHashMap<>();
        UpdateIdentityRequest request = request(form, current, conversions, rows);
        Map<String, String> errors = RequestChecks.onFormRows(checks.check(conversions, request), rows);
        if (!errors.isEmpty()) {
            return show(model, current, form, errors, false);
        }
        try {
            Identity identity = mapper.toIdentity(request, service.today());
            Registrant saved = service.changeIdentity(
                    current.id(),
                    RecordWrites.version(form),
                    identity,
                    request.reason().strip(),
                    actor.getName());
            RecordBanner.put(http, saved.id().value(), messages.getMessage("record.edit.saved", null, locale));
            return "redirect:/console/registrants/" + saved.id().value();
        } catch (StaleVersion stale) {
            // The form keeps what the clerk typed and now carries the current version: a second press, made knowingly,
            // saves.
            return show(model, current, RecordWrites.again(form, stale), Map.of(), true);
        } catch (RuleViolation | RuleViolations e) {
            return show(model, current, form, RequestChecks.onFormRows(ConsoleForms.errors(e), rows), false);
        }
    }

    private String show(
            Model model, Registrant registrant, FormValues form, Map<String, String> errors, boolean stale) {
        model.addAttribute("id", registrant.id().value());
        model.addAttribute("record", mapper.toResponse(registrant));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("stale", stale);
        model.addAttribute(
                "aliasRows",
                form.rows(
                        "aliases",
                        Math.max(
                                RegisterPersonController.ALIAS_ROWS,
                                registrant.identity().aliases().size() + 1)));
        model.addAttribute(
                "documentRows",
                form.rows(
                        "documents",
                        Math.max(
                                RegisterPersonController.DOCUMENT_ROWS,
                                registrant.identity().documents().size() + 1)));
        model.addAttribute(
                "nationalityRows",
                form.rows(
                        "nationalities",
                        Math.max(
                                RegisterPersonController.NATIONALITY_ROWS,
                                registrant.identity().nationalities().size())));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("documentTypes", DocumentType.values());
        return "console/record/edit";
    }

    /** The form as the record stands, at its version. */
    static FormValues formOf(Registrant registrant) {
        Identity i = registrant.identity();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("version", Long.toString(registrant.version()));
        values.put("familyName", i.familyName());
        values.put("givenNames", i.givenNames());
        values.put("originalScriptName", i.originalScriptName());
        values.put(
                "dateOfBirth", i.dateOfBirth() == null ? null : i.dateOfBirth().toString());
        values.put(
                "dateOfBirthPlusMinusYears",
                i.dateOfBirthPlusMinusYears() == null
                        ? null
                        : i.dateOfBirthPlusMinusYears().toString());
        values.put("sex", i.sex().name());
        values.put("placeOfBirth", i.placeOfBirth());
        for (int n = 0; n < i.nationalities().size(); n++) {
            values.put("nationalities[" + n + "]", i.nationalities().get(n).code());
        }
        for (int n = 0; n < i.aliases().size(); n++) {
            Alias a = i.aliases().get(n);
            values.put("aliases[" + n + "].familyName", a.familyName());
            values.put("aliases[" + n + "].givenNames", a.givenNames());
            values.put("aliases[" + n + "].fullName", a.fullName());
            values.put(
                    "aliases[" + n + "].dateOfBirth",
                    a.dateOfBirth() == null ? null : a.dateOfBirth().toString());
        }
        for (int n = 0; n < i.documents().size(); n++) {
            IdentityDocument d = i.documents().get(n);
            values.put("documents[" + n + "].type", d.type().name());
            values.put("documents[" + n + "].number", d.number());
            values.put("documents[" + n + "].issuingState", d.issuingState().code());
            values.put(
                    "documents[" + n + "].expiresOn",
                    d.expiresOn() == null ? null : d.expiresOn().toString());
        }
        return FormValues.of(values);
    }

    /** The API's PUT body from the form; what the form does not show comes from the record as it stands. */
    private static UpdateIdentityRequest request(
            FormValues form, Registrant current, Violations conversions, Map<String, List<Integer>> rows) {
        Identity now = current.identity();
        List<Integer> aliasRows = form.filledRows(
                "aliases", form.rows("aliases", 0), "familyName", "givenNames", "fullName", "dateOfBirth");
        List<AliasRequest> aliases = new ArrayList<>();
        for (int i : aliasRows) {
            String row = "aliases[" + i + "].";
            aliases.add(new AliasRequest(
                    form.text(row + "familyName"),
                    form.text(row + "givenNames"),
                    form.text(row + "fullName"),
                    form.text(row + "dateOfBirth")));
        }
        List<Integer> nationalityRows = form.filledRows("nationalities", form.rows("nationalities", 0), "");
        List<String> nationalities = nationalityRows.stream()
                .map(i -> form.code("nationalities[" + i + "]"))
                .toList();
        List<Integer> documentRows =
                form.filledRows("documents", form.rows("documents", 0), "type", "number", "issuingState", "expiresOn");
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
        PhysicalDescriptionRequest description = now.physicalDescription() == null
                ? null
                : new PhysicalDescriptionRequest(
                        now.physicalDescription().heightCm(),
                        now.physicalDescription().eyeColour(),
                        now.physicalDescription().hairColour(),
                        now.physicalDescription().distinguishingMarks());
        return new UpdateIdentityRequest(
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
                now.phoneNumbers(),
                now.internetIdentifiers(),
                description,
                now.photoReferences(),
                now.biometricReferences(),
                form.text("reason"));
    }
}
