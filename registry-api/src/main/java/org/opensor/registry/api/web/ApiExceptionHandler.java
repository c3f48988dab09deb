package org.opensor.registry.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.refusal.FourEyesRefused;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.refusal.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error as {@code application/problem+json} (RFC 9457). Input errors name the field and the rule in an
 * {@code errors} list; anything unexpected answers with an opaque trace id only, and the details go to the log
 * under that id (without request bodies, so no personal data).
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** One broken rule: which field, which rule, in words. */
    record FieldError(String field, String rule, String message) {}

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(e -> errors.add(new FieldError(
                        e.getField(),
                        e.getCode() == null ? "invalid" : e.getCode(),
                        e.getField() + " " + e.getDefaultMessage())));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(e -> errors.add(
                        new FieldError(e.getObjectName(), String.valueOf(e.getCode()), e.getDefaultMessage())));
        return ResponseEntity.badRequest()
                .body(validation("The request has " + errors.size() + " invalid field(s).", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestLimits.BodyTooLarge.class)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(tooLarge(RequestLimits.causeOf(ex).limit()));
        }
        String field = ex.getCause() instanceof DatabindException databind
                        && !databind.getPath().isEmpty()
                ? databind.getPath().stream()
                        .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                        .orElse("body")
                : "body";
        RefusedInput refused = ex.getCause() instanceof RefusedInput r ? r : null;
        boolean calendar = causedBy(ex, java.time.DateTimeException.class);
        String rule =
                "body".equals(field) ? "json" : refused != null ? refused.rule() : calendar ? "calendar-date" : "type";
        String message = "body".equals(field)
                ? "The body is not valid JSON for this resource."
                : refused != null
                        ? field + " is refused: " + refused.getOriginalMessage() + "."
                        : calendar
                                ? field + " is not a date in the calendar (YYYY-MM-DD)."
                                : field + " has a value of the wrong type or an unknown constant.";
        return ResponseEntity.badRequest().body(validation(message, List.of(new FieldError(field, rule, message))));
    }

    /** A data store that cannot answer now: 503 with {@code Retry-After}, so clients retry instead of reporting a fault. */
    static ProblemDetail unavailable(String store) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                ProblemResponses.UNAVAILABLE,
                "The " + store + " cannot answer at the moment; nothing was changed. Retry in a few seconds.");
        problem.setTitle("Temporarily unavailable");
        return problem;
    }

    static ProblemDetail tooLarge(long limit) {
        return tooLarge(limit, "body");
    }

    /** @param field what is too large: the body, or for an upload its part ({@code file}) */
    static ProblemDetail tooLarge(long limit, String field) {
        String message = "The " + field + " is larger than the " + limit + " bytes this resource accepts.";
        ProblemDetail problem =
                ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemResponses.TOO_LARGE, message);
        problem.setTitle("Request too large");
        problem.setProperty("errors", List.of(new FieldError(field, "max-size", message)));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String message = "Content-Type must be one of " + ex.getSupportedMediaTypes() + ".";
        ProblemDetail problem = ProblemResponses.fieldProblem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemResponses.VALIDATION, "Content-Type", "media-type", message);
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .headers(headers)
                .body(problem);
    }

    /** A multipart upload (a photo) over the server's part limit: 413 naming the part, like any body over its limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String message = "file is larger than this resource accepts: choose a smaller photo (at most 5 MB).";
        ProblemDetail problem = ProblemResponses.fieldProblem(
                HttpStatus.CONTENT_TOO_LARGE, ProblemResponses.TOO_LARGE, "file", "max-size", message);
        problem.setTitle("Request too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation ex) {
        return ResponseEntity.badRequest()
                .body(validation(ex.getMessage(), List.of(new FieldError(ex.field(), ex.rule(), ex.getMessage()))));
    }

    @ExceptionHandler(RuleViolations.class)
    ResponseEntity<ProblemDetail> ruleViolations(RuleViolations ex) {
        List<FieldError> errors = ex.violations().stream()
                .map(v -> new FieldError(v.field(), v.rule(), v.getMessage()))
                .toList();
        return ResponseEntity.badRequest()
                .body(validation("The request has " + errors.size() + " invalid field(s).", errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException m
                ? m.getName()
                : String.valueOf(ex.getPropertyName());
        String message = field + " has a value of the wrong type or an unknown constant.";
        return ResponseEntity.badRequest().body(validation(message, List.of(new FieldError(field, "type", message))));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemResponses.problem(HttpStatus.NOT_FOUND, ProblemResponses.NOT_FOUND, ex.getMessage()));
    }

    /** A change the current state refuses: 409, with the rule and the state it was refused in. */
    @ExceptionHandler(RefusedTransition.class)
    ResponseEntity<ProblemDetail> refused(RefusedTransition ex) {
        ProblemDetail problem =
                ProblemResponses.problem(HttpStatus.CONFLICT, ProblemResponses.REFUSED_TRANSITION, ex.getMessage());
        problem.setTitle("Refused by the current state");
        problem.setProperty("rule", ex.rule());
        problem.setProperty("currentState", ex.currentState());
        problem.setProperty("errors", List.of(new FieldError(ex.field(), ex.rule(), ex.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** The proposer of a de-registration tried to approve it: 403, naming the approver and the four-eyes rule. */
    @ExceptionHandler(FourEyesRefused.class)
    ResponseEntity<ProblemDetail> fourEyes(FourEyesRefused ex) {
        ProblemDetail problem =
                ProblemResponses.problem(HttpStatus.FORBIDDEN, ProblemResponses.FOUR_EYES, ex.getMessage());
        problem.setTitle("A second account must decide");
        problem.setProperty("rule", "four-eyes");
        problem.setProperty("errors", List.of(new FieldError("approver", "four-eyes", ex.getMessage())));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> stale(StaleVersion ex) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.PRECONDITION_FAILED, ProblemResponses.STALE_VERSION, ex.getMessage());
        problem.setProperty("currentVersion", ex.current());
        problem.setProperty("errors", List.of(new FieldError("If-Match", "current-version", ex.getMessage())));
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(Long.toString(ex.current()))
                .body(problem);
    }

    @ExceptionHandler(Preconditions.PreconditionRequired.class)
    ResponseEntity<ProblemDetail> preconditionRequired(Preconditions.PreconditionRequired ex) {
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.PRECONDITION_REQUIRED, ProblemResponses.PRECONDITION_REQUIRED, ex.getMessage());
        problem.setProperty("errors", List.of(new FieldError("If-Match", "required", "If-Match header is required")));
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex) {
        if ("X-Purpose".equalsIgnoreCase(ex.getHeaderName())) {
            ProblemDetail problem = ProblemResponses.problem(
                    HttpStatus.BAD_REQUEST,
                    ProblemResponses.PURPOSE_REQUIRED,
                    "Reading personal data needs a purpose: send the header X-Purpose with a case reference and a reason.");
            problem.setProperty(
                    "errors", List.of(new FieldError("X-Purpose", "required", "X-Purpose header is required")));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest()
                .body(validation(
                        "Header " + ex.getHeaderName() + " is required.",
                        List.of(new FieldError(
                                ex.getHeaderName(), "required", ex.getHeaderName() + " header is required"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, jakarta.servlet.http.HttpServletRequest request) {
        if (ClientGone.is(ex)) {
            log.debug(
                    "The client went away before the answer was written ({})",
                    ex.getClass().getSimpleName());
            return null;
        }
        java.util.Optional<String> store = Unavailability.of(ex);
        if (store.isPresent()) {
            log.warn("The {} could not answer: {}", store.get(), ex.getClass().getSimpleName());
            request.setAttribute(Unavailability.REQUEST_ATTRIBUTE, store.get());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(Unavailability.RETRY_AFTER_SECONDS))
                    .body(unavailable(store.get()));
        }
        String traceId = UUID.randomUUID().toString();
        log.error("Unexpected error, trace id {}", traceId, ex);
        ProblemDetail problem = ProblemResponses.problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemResponses.INTERNAL,
                "Something went wrong on our side. Quote this trace id when you report it.");
        problem.setProperty("traceId", traceId);
        return ResponseEntity.internalServerError().body(problem);
    }

    private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemDetail validation(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, ProblemResponses.VALIDATION, detail);
        problem.setTitle("Invalid request");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }
}
