package org.opensor.registry.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.rules.RuleViolation;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What the role rules alone cannot say, checked for the matched endpoint of {@link Permissions}: reads and
 * searches need a purpose; searches are rate-limited; a registrant restricted to named units is visible to
 * those units only (others get 403, which the audit trail records).
 */
@Component
class AccessPolicyInterceptor implements HandlerInterceptor {

    private final SearchRateLimiter rateLimiter;
    private final CurrentUnit currentUnit;
    private final JdbcClient jdbc;

    AccessPolicyInterceptor(SearchRateLimiter rateLimiter, CurrentUnit currentUnit, JdbcClient jdbc) {
        this.rateLimiter = rateLimiter;
        this.currentUnit = currentUnit;
        this.jdbc = jdbc;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            return true;
        }
        Optional<Permission> permission = Permissions.find(HttpMethod.valueOf(request.getMethod()), pattern.toString());
        if (permission.isEmpty()) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (permission.get().needsPurpose()) {
            String purpose = request.getHeader(PurposeOfAccess.HEADER);
            String problem = PurposeOfAccess.problemWith(purpose);
            if (problem != null) {
                throw new RuleViolation(PurposeOfAccess.HEADER, purpose == null || purpose.isBlank() ? "required" : "purpose-of-access", problem);
            }
        }
        if (permission.get().access() == Access.SEARCH && caller != null) {
            long wait = rateLimiter.acquire(caller.getName());
            if (wait > 0) {
                throw new TooManySearches(wait);
            }
        }
        if (permission.get().access() != Access.ADMINISTER && caller != null) {
            checkRestriction(request, caller);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private void checkRestriction(HttpServletRequest request, Authentication caller) {
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null || !variables.containsKey("id") || !request.getRequestURI().startsWith("/api/v1/registrants/")) {
            return;
        }
        UUID id;
        try {
            id = UUID.fromString(variables.get("id"));
        } catch (IllegalArgumentException e) {
            return; // not an id: the controller answers 400
        }
        List<String> units = jdbc.sql("select unit from registry.registrant_restriction where registrant_id = :id")
                .param("id", id).query(String.class).list();
        if (!units.isEmpty() && currentUnit.of(caller).filter(units::contains).isEmpty()) {
            throw new AccessDeniedException("record restricted to named units");
        }
    }
}
