package org.opensor.registry.notification.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.notification.subscription.StaleSubscription;
import org.opensor.registry.notification.subscription.SubscriptionNotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the worker's API as RFC 9457 {@code application/problem+json}: invalid fields are named with
 * their rule; anything unexpected returns only an opaque trace id (the details go to the log, never to the caller).
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** A request the caller must fix, naming the field and the rule. */
    public static class InvalidRequest extends RuntimeException {
        private final String field;

        public InvalidRequest(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    /** A resource that does not exist. */
    public static class NotFound extends RuntimeException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The service cannot do this until it is configured (e.g. no secret encryption key). */
    public static class NotConfigured extends RuntimeException {
        public NotConfigured(String message) {
            super(message);
        }
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields.");
        problem.setProperty(
                "errors",
                ex.getBindingResult().getFieldErrors().stream()
                        .map(e -> Map.of(
                                "field",
                                e.getField(),
                                "rule",
                                String.valueOf(e.getCode()),
                                "message",
                                String.valueOf(e.getDefaultMessage())))
                        .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequest e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field, "message", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler({SubscriptionNotFound.class, NotFound.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage()));
    }

    @ExceptionHandler(StaleSubscription.class)
    ResponseEntity<ProblemDetail> stale(StaleSubscription e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .body(problem(HttpStatus.PRECONDITION_FAILED, "Stale version", e.getMessage()));
    }

    @ExceptionHandler(NotConfigured.class)
    ResponseEntity<ProblemDetail> notConfigured(NotConfigured e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Not configured", e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String traceId = UUID.randomUUID().toString();
        log.error("Unexpected error, trace id {}", traceId, e);
        ProblemDetail problem = problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error", "Quote the trace id to the administrator.");
        problem.setProperty("traceId", traceId);
        return ResponseEntity.internalServerError().body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
