package org.opensor.registry.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.restriction.persistence.RecordVisibility;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The checks that roles alone cannot express, shared by the API ({@link AccessPolicyInterceptor}) and the web
 * console: the per-user search rate limit and records restricted to named units.
 */
@Component
public class AccessChecks {

    private final SearchRateLimiter rateLimiter;
    private final CurrentUnit currentUnit;
    private final RecordVisibility visibility;

    AccessChecks(SearchRateLimiter rateLimiter, CurrentUnit currentUnit, RecordVisibility visibility) {
        this.rateLimiter = rateLimiter;
        this.currentUnit = currentUnit;
        this.visibility = visibility;
    }

    /** @throws TooManySearches when the caller has used up their searches for now */
    public void countSearch(Authentication caller) {
        long wait = rateLimiter.acquire(caller.getName());
        if (wait > 0) {
            throw new TooManySearches(wait);
        }
    }

    /** @throws AccessDeniedException when the record is restricted to units the caller does not belong to */
    public void checkRestriction(UUID registrantId, Authentication caller) {
        visibility.checkRead(currentUnit.viewer(caller), registrantId);
    }

    /** The {@code {id}} path variable of the matched route, when it is a registrant id (else the controller answers 400). */
    @SuppressWarnings("unchecked")
    public static Optional<UUID> registrantId(HttpServletRequest request) {
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey("id")) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(variables.get("id")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
