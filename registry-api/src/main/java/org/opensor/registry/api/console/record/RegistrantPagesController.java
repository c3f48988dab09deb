package org.opensor.registry.api.console.record;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.custody.CustodyStatus;
import org.opensor.registry.api.photo.PhotoService;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantFilter;
import org.opensor.registry.api.registrant.RegistrantPage;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.RegistrantSort;
import org.opensor.registry.api.registrant.web.BorderIdentityView;
import org.opensor.registry.api.registrant.web.HistoryResponse;
import org.opensor.registry.api.registrant.web.RegistrantResponse;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
import org.opensor.registry.api.registration.ComplianceStatus;
import org.opensor.registry.api.registration.RegistrationStatus;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.security.CurrentUnit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reading registrants in the console: the list ({@code GET /api/v1/registrants}), one record
 * ({@code GET /api/v1/registrants/{id}}) and its history ({@code GET .../history}). The purpose is asked for and the
 * read audited before these run (ConsoleAccessInterceptor, AuditRequestFilter).
 */
@Controller
class RegistrantPagesController {

    static final int PAGE_SIZE = 20;

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;
    private final CurrentUnit currentUnit;
    private final PhotoService photos;

    RegistrantPagesController(
            RegistrantService service, RegistrantWebMapper mapper, CurrentUnit currentUnit, PhotoService photos) {
        this.service = service;
        this.mapper = mapper;
        this.currentUnit = currentUnit;
        this.photos = photos;
    }

    /**
     * The same filters and limits as the API's list, with its sorting; a wrong filter is shown beside its field. The
     * count and the pages come from the same SQL condition as the rows, restrictions included.
     */
    @GetMapping("/console/registrants")
    String list(@RequestParam MultiValueMap<String, String> params, Authentication caller, Model model) {
        FormValues form = new FormValues(params);
        Violations violations = new Violations();
        String prefix = form.text("namePrefix");
        if (prefix != null && prefix.length() > 100) {
            violations.add("namePrefix", "max-100", "namePrefix is longer than 100 characters");
        }
        CountryCode country = form.code("nationality") == null
                ? null
                : violations.check(() -> CountryCode.of(form.code("nationality"), "nationality"));
        CustodyStatus status = form.constant("custodyStatus", CustodyStatus.class, violations);
        RegistrationStatus registration = form.constant("registrationStatus", RegistrationStatus.class, violations);
        RegistrationTier tier = form.constant("tier", RegistrationTier.class, violations);
        ComplianceStatus compliance = form.constant("compliance", ComplianceStatus.class, violations);
        RegistrantSort sort = form.constant("sort", RegistrantSort.class, violations);
        int pageNumber = pageNumber(form.get("page"));
        model.addAttribute("form", form);
        model.addAttribute("custodyStatuses", CustodyStatus.values());
        model.addAttribute("registrationStatuses", RegistrationStatus.values());
        model.addAttribute("tiers", RegistrationTier.values());
        model.addAttribute("compliances", ComplianceStatus.values());
        model.addAttribute("sorts", RegistrantSort.values());
        model.addAttribute("filterQuery", filterQuery(form));
        try {
            violations.throwIfAny();
        } catch (RuleViolations e) {
            model.addAttribute("errors", ConsoleForms.errors(e));
            return "console/record/list";
        }
        RegistrantFilter filter = new RegistrantFilter(
                prefix,
                country,
                status,
                registration,
                tier,
                compliance,
                form.checked("overdue") ? service.today() : null,
                sort);
        RegistrantPage result = service.list(filter, currentUnit.viewer(caller), pageNumber, PAGE_SIZE);
        model.addAttribute("errors", Map.of());
        model.addAttribute("result", result);
        model.addAttribute("totalPages", (result.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE);
        return "console/record/list";
    }

    /** The filters and order as a query string, for the page links: a page keeps what the officer chose. */
    static String filterQuery(FormValues form) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        for (String field : List.of(
                "namePrefix",
                "nationality",
                "custodyStatus",
                "registrationStatus",
                "tier",
                "compliance",
                "overdue",
                "sort")) {
            if (form.text(field) != null) {
                query.queryParam(field, form.text(field));
            }
        }
        String encoded = query.encode().build().getQuery();
        return encoded == null ? "" : encoded;
    }

    /**
     * The record. Need to know, as in the API: a border officer gets the identity view only, and the page has
     * nothing else to show them.
     */
    @GetMapping("/console/registrants/{id}")
    String record(@PathVariable String id, Authentication caller, HttpServletRequest http, Model model) {
        Registrant registrant = RecordIds.load(service, id);
        model.addAttribute("banner", RecordBanner.take(http, registrant.id().value()));
        RegistrantResponse full = mapper.toResponse(registrant);
        if (BorderIdentityView.isBorderOnly(caller)) {
            model.addAttribute("identity", BorderIdentityView.of(full));
            model.addAttribute("record", null);
        } else {
            model.addAttribute("identity", full);
            model.addAttribute("record", full);
        }
        model.addAttribute("id", registrant.id().value());
        model.addAttribute("photos", photos.of(registrant.id().value()));
        return "console/record/record";
    }

    @GetMapping("/console/registrants/{id}/history")
    String history(@PathVariable String id, Model model) {
        Registrant registrant = RecordIds.load(service, id);
        List<HistoryResponse.Entry> entries = service.history(registrant.id()).stream()
                .map(mapper::historyEntry)
                .toList();
        model.addAttribute("id", registrant.id().value());
        model.addAttribute("record", mapper.toResponse(registrant));
        model.addAttribute("entries", entries.reversed());
        return "console/record/history";
    }

    private static int pageNumber(String page) {
        try {
            return Math.clamp(Integer.parseInt(page.strip()), 0, 10_000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
