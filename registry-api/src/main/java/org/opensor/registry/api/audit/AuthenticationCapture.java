package org.opensor.registry.api.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits in the security chain after authentication and before authorization: hands the caller's identity to
 * {@link AuditRequestFilter}, which runs outside the chain and would otherwise not know who was refused.
 */
public class AuthenticationCapture extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(
                AuditRequestFilter.AUTHENTICATION,
                SecurityContextHolder.getContext().getAuthentication());
        chain.doFilter(request, response);
    }
}
