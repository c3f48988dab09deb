package org.opensor.registry.api.search.web;

import jakarta.validation.Valid;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.search.IdentityHits;
import org.opensor.registry.api.search.IdentityQuery;
import org.opensor.registry.api.search.IdentitySearch;
import org.opensor.registry.api.search.SearchSettings;
import org.opensor.registry.api.security.CurrentUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/identity-searches}: police officers and court clerks find registrants from whatever they
 * have. A search, so it needs {@code X-Purpose} and is rate-limited ({@code AccessPolicyInterceptor}) and audited
 * ({@code AuditRequestFilter}); records restricted to other units are left out.
 */
@RestController
@RequestMapping("/api/v1/identity-searches")
class IdentitySearchController {

    private final IdentitySearch search;
    private final SearchSettings settings;
    private final CurrentUnit currentUnit;

    IdentitySearchController(IdentitySearch search, SearchSettings settings, CurrentUnit currentUnit) {
        this.search = search;
        this.settings = settings;
        this.currentUnit = currentUnit;
    }

    @PostMapping
    ResponseEntity<IdentitySearchResponse> search(
            @RequestHeader("X-Purpose") String purpose,
            @Valid @RequestBody IdentitySearchRequest request,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size,
            Authentication caller) {
        Violations violations = new Violations();
        if (page < 0 || page > 100) {
            violations.add("page", "range-0-100", "page must be between 0 and 100");
        }
        if (size < 1 || size > settings.maxPageSize()) {
            violations.add(
                    "size",
                    "range-1-" + settings.maxPageSize(),
                    "size must be between 1 and " + settings.maxPageSize());
        }
        IdentityQuery query = request.toQuery(violations, page, size);
        violations.throwIfAny();
        IdentityHits hits = search.search(query, currentUnit.viewer(caller));
        return ResponseEntity.ok(new IdentitySearchResponse(
                hits.hits(), hits.page(), hits.size(), hits.totalHits(), hits.mayBeIncomplete()));
    }
}
