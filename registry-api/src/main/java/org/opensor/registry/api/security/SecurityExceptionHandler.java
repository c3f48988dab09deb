package org.opensor.registry.api.security;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem answers for access decisions taken inside Spring MVC (after the security filters). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityExceptionHandler {

    @ExceptionHandler(TooManySearches.class)
    ResponseEntity<ProblemDetail> tooMany(TooManySearches e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS,
                "Too many searches from this account in one minute. Try again in " + e.retryAfterSeconds() + " s.");
        problem.setType(URI.create("urn:opensor:problem:rate-limited"));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(e.retryAfterSeconds()))
                .body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN, "This record is restricted to named units, and yours is not one of them.");
        problem.setType(URI.create("urn:opensor:problem:forbidden"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
