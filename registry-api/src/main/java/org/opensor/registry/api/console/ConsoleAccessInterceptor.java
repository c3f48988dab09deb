package org.opensor.registry.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.opensor.registry.api.security.AccessChecks;
import org.opensor.registry.api.security.PurposeOfAccess;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The console's side of the access policy (the API's is {@code AccessPolicyInterceptor}): a page that reads
 * personal data needs a stated purpose, or the officer is sent to state one first and then brought back; a
 * search page counts against the search rate limit; a record restricted to named units is refused to others.
 */
@Component
class ConsoleAccessInterceptor implements HandlerInterceptor {

    private final AccessChecks checks;

    ConsoleAccessInterceptor(AccessChecks checks) {
        this.checks = checks;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Optional<ConsolePage> page = pattern == null
                ? Optional.empty()
                : ConsolePages.find(HttpMethod.valueOf(request.getMethod()), pattern.toString());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (page.isEmpty() || caller == null) {
            return true;
        }
        Optional<String> purpose = ConsolePurpose.of(request);
        purpose.ifPresent(p -> request.setAttribute(PurposeOfAccess.REQUEST_ATTRIBUTE, p));
        if (page.get().needsPurpose()) {
            if (purpose.isEmpty() && request.getParameter(ConsolePurpose.FIELD) == null) {
                // No purpose at all: state one first. A form that carries an invalid one is answered by its
                // controller, with the error beside the field.
                String back = "GET".equals(request.getMethod()) ? request.getRequestURI() : "/console";
                response.sendRedirect("/console/purpose?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
                return false;
            }
            purpose.ifPresent(p -> ConsolePurpose.keep(request, p));
        }
        if (page.get().isSearch() && purpose.isPresent()) {
            checks.countSearch(caller);
        }
        if (request.getRequestURI().startsWith("/console/registrants/")) {
            AccessChecks.registrantId(request).ifPresent(id -> checks.checkRestriction(id, caller));
        }
        return true;
    }
}
