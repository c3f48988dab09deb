package org.opensor.registry.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** 401 and 403 as problem+json, from the security filters (they run before Spring MVC's error handling). */
@Component
public class ProblemResponsesWriter {

    public void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"registry\"");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ProblemResponses.UNAUTHENTICATED,
                "Log in first: this endpoint needs an account.");
    }

    /** For OIDC mode: the caller should send a bearer token (RFC 6750). */
    public void unauthenticatedBearer(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"registry\"");
        ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ProblemResponses.UNAUTHENTICATED,
                "Send a valid bearer token from the registry's identity provider.");
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN,
                "Your role may not do this.");
    }
}
