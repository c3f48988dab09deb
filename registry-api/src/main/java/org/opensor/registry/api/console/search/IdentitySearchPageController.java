package org.opensor.registry.api.console.search;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.photo.PhotoService;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.search.IdentityHits;
import org.opensor.registry.api.search.IdentityQuery;
import org.opensor.registry.api.search.IdentitySearch;
import org.opensor.registry.api.search.web.IdentitySearchRequest;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.api.security.PurposeOfAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /console/identity-searches}: the officer's side of {@code POST /api/v1/identity-searches}, with the same
 * rules and the same search. The purpose of access is a field of the form, so a search can be run under a new case
 * without a detour; when it is not a case reference and a reason the search is not run.
 */
@Controller
class IdentitySearchPageController {

    static final int PAGE_SIZE = 10;
    /** The form's fields top to bottom: the error summary lists problems in this order. */
    private static final List<String> FIELDS = List.of(
            "fullName",
            "familyName",
            "givenNames",
            "originalScriptName",
            "dateOfBirth",
            "dateOfBirthPlusMinusYears",
            "sex",
            "nationality",
            "documentNumber",
            "purpose");

    private final IdentitySearch search;
    private final CurrentUnit currentUnit;
    private final Validator validator;
    private final PhotoService photos;

    IdentitySearchPageController(
            IdentitySearch search, CurrentUnit currentUnit, Validator validator, PhotoService photos) {
        this.photos = photos;
        this.search = search;
        this.currentUnit = currentUnit;
        this.validator = validator;
    }

    @GetMapping("/console/identity-searches")
    String form(@ModelAttribute("form") IdentitySearchForm form, BindingResult ignoredTypos) {
        // A hand-typed query string may not bind (page=x); the empty form is still the right answer.
        return "console/search/identity-search";
    }

    @PostMapping("/console/identity-searches")
    String search(
            @ModelAttribute("form") IdentitySearchForm form,
            BindingResult binding,
            Authentication caller,
            Model model) {
        // A page number that is not a number is taken as the first page: it comes from our own buttons, not from
        // typing.
        int page = binding.hasFieldErrors("page") ? 0 : Math.clamp(form.getPage(), 0, 9);
        Map<String, String> errors = new LinkedHashMap<>();
        IdentitySearchRequest request = form.toRequest();
        if (!form.plusMinusYearsIsNumber()) {
            errors.put(
                    "dateOfBirthPlusMinusYears",
                    ConsoleText.first(
                            "dateOfBirthPlusMinusYears has a value of the wrong type or an unknown constant.",
                            null,
                            "error.dateOfBirthPlusMinusYears.number"));
        }
        errors.putAll(ConsoleForms.errors(validator.validate(request)));
        IdentityQuery query = null;
        if (errors.isEmpty()) {
            Violations violations = new Violations();
            query = request.toQuery(violations, page, PAGE_SIZE);
            try {
                violations.throwIfAny();
            } catch (RuleViolations broken) {
                errors.putAll(ConsoleForms.errors(broken));
            }
        }
        String purposeProblem = PurposeOfAccess.problemWith(form.getPurpose());
        if (purposeProblem != null) {
            errors.put("purpose", ConsoleForms.inConsoleWords(purposeProblem));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("errors", inFormOrder(errors));
            return "console/search/identity-search";
        }
        IdentityHits hits = search.search(query, currentUnit.viewer(caller));
        List<HitView> views = new ArrayList<>();
        for (int i = 0; i < hits.hits().size(); i++) {
            views.add(HitView.of(page * PAGE_SIZE + i + 1, hits.hits().get(i)));
        }
        model.addAttribute("hits", views);
        model.addAttribute(
                "thumbnails",
                photos.thumbnailsByText(
                        views.stream().map(HitView::registrantId).toList()));
        model.addAttribute("totalHits", hits.totalHits());
        model.addAttribute("mayBeIncomplete", hits.mayBeIncomplete());
        model.addAttribute("page", page);
        model.addAttribute("lastPage", Math.max(0, (hits.totalHits() - 1) / PAGE_SIZE));
        return "console/search/identity-search";
    }

    /** Errors in the order of the form's fields, so the summary reads top to bottom like the form. */
    private static Map<String, String> inFormOrder(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        });
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
