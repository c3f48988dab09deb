package org.opensor.registry.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.opensor.registry.api.refusal.RuleViolation;
import org.springframework.http.HttpMethod;
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

    private final AccessChecks checks;

    AccessPolicyInterceptor(AccessChecks checks) {
        this.checks = checks;
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
                throw new RuleViolation(
                        PurposeOfAccess.HEADER,
                        purpose == null || purpose.isBlank() ? "required" : "purpose-of-access",
                        problem);
            }
        }
        if (permission.get().access() == Access.SEARCH && caller != null) {
            checks.countSearch(caller);
        }
        if (permission.get().access() != Access.ADMINISTER
                && caller != null
                && request.getRequestURI().startsWith("/api/v1/registrants/")) {
            AccessChecks.registrantId(request).ifPresent(id -> checks.checkRestriction(id, caller));
        }
        return true;
    }
}
