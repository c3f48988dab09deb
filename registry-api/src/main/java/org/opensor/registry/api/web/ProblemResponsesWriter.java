package org.opensor.registry.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** 401 and 403 as problem+json, from the security filters (they run before Spring MVC's error handling). */
@Component
public class ProblemResponsesWriter {

    public void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (unavailable(request, response, e)) {
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"registry\"");
        ProblemResponses.write(
                response,
                HttpStatus.UNAUTHORIZED,
                ProblemResponses.UNAUTHENTICATED,
                "Log in first: this endpoint needs an account.");
    }

    /** For OIDC mode: the caller should send a bearer token (RFC 6750). */
    public void unauthenticatedBearer(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (unavailable(request, response, e)) {
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"registry\"");
        ProblemResponses.write(
                response,
                HttpStatus.UNAUTHORIZED,
                ProblemResponses.UNAUTHENTICATED,
                "Send a valid bearer token from the registry's identity provider.");
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(
                response, HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN, "Your role may not do this.");
    }

    /**
     * The account could not be looked up because the database cannot answer: that is no failed login (nothing is
     * counted against the account, and the audit trail does not show one) but a 503 the caller may retry.
     */
    private static boolean unavailable(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (!(e instanceof AuthenticationServiceException)) {
            return false;
        }
        String store = Unavailability.of(e).orElse("sign-in service");
        Unavailability.of(e)
                .ifPresent(
                        unavailableStore -> request.setAttribute(Unavailability.REQUEST_ATTRIBUTE, unavailableStore));
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Unavailability.RETRY_AFTER_SECONDS));
        ProblemResponses.write(
                response,
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemResponses.UNAVAILABLE,
                "The " + store
                        + " cannot answer at the moment, so the account could not be checked. Retry in a few seconds.");
        return true;
    }
}
