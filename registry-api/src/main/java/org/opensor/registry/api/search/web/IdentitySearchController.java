package org.opensor.registry.api.search.web;

import jakarta.validation.Valid;
import org.opensor.registry.api.rules.Violations;
import org.opensor.registry.api.search.IdentityHits;
import org.opensor.registry.api.search.IdentityQuery;
import org.opensor.registry.api.search.IdentitySearch;
import org.opensor.registry.api.search.SearchSettings;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;
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
    ResponseEntity<IdentitySearchResponse> search(@RequestHeader("X-Purpose") String purpose,
                                                  @Valid @RequestBody IdentitySearchRequest request,
                                                  @RequestParam(defaultValue = "0") int page,
                                                  @RequestParam(defaultValue = "10") int size,
                                                  Authentication caller) {
        Violations violations = new Violations();
        if (page < 0 || page > 100) {
            violations.add("page", "range-0-100", "page must be between 0 and 100");
        }
        if (size < 1 || size > settings.maxPageSize()) {
            violations.add("size", "range-1-" + settings.maxPageSize(), "size must be between 1 and " + settings.maxPageSize());
        }
        Identity identity = toIdentity(request, violations);
        violations.throwIfAny();
        IdentityHits hits = search.search(new IdentityQuery(identity, page, size), currentUnit.of(caller).orElse(null));
        return ResponseEntity.ok(new IdentitySearchResponse(hits.hits(), hits.page(), hits.size(), hits.totalHits()));
    }

    /** The primary name is the split one if given, else the full one, else the original-script one; the others are aliases. */
    private static Identity toIdentity(IdentitySearchRequest request, Violations violations) {
        PersonName split = blank(request.familyName()) && blank(request.givenNames()) ? null
                : PersonName.of(request.familyName(), request.givenNames());
        PersonName full = blank(request.fullName()) ? null : PersonName.full(request.fullName());
        PersonName script = blank(request.originalScriptName()) ? null : PersonName.full(request.originalScriptName());
        PersonName primary = split != null ? split : full != null ? full : script;
        if (primary == null) {
            violations.add("familyName", "name-required",
                    "give at least one of familyName, givenNames, fullName or originalScriptName");
            return null;
        }
        Identity identity = Identity.named(primary);
        for (PersonName other : new PersonName[] {full, script}) {
            if (other != null && other != primary) {
                identity = identity.withAlias(other);
            }
        }
        if (!blank(request.dateOfBirth())) {
            try {
                PartialDate born = PartialDate.parse(request.dateOfBirth());
                identity = identity.bornOn(request.dateOfBirthPlusMinusYears() == null ? born
                        : PartialDate.approximately(born.year(), request.dateOfBirthPlusMinusYears()));
            } catch (IllegalArgumentException e) {
                violations.add("dateOfBirth", "calendar-date", "dateOfBirth is not a date in the calendar");
            }
        } else if (request.dateOfBirthPlusMinusYears() != null) {
            violations.add("dateOfBirthPlusMinusYears", "needs-date-of-birth", "dateOfBirthPlusMinusYears needs a dateOfBirth");
        }
        if (request.sex() != null) {
            identity = identity.withSex(Sex.valueOf(request.sex()));
        }
        if (!blank(request.nationality())) {
            identity = identity.withNationalities(request.nationality());
        }
        if (!blank(request.documentNumber())) {
            identity = identity.withDocumentNumbers(request.documentNumber().strip());
        }
        return identity;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
