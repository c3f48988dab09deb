package org.opensor.registry.api.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Problem types of the API (RFC 9457) and a writer for the places outside Spring MVC (security filters). */
public final class ProblemResponses {

    public static final URI VALIDATION = URI.create("urn:opensor:problem:validation");
    public static final URI UNAUTHENTICATED = URI.create("urn:opensor:problem:unauthenticated");
    public static final URI FORBIDDEN = URI.create("urn:opensor:problem:forbidden");
    public static final URI NOT_FOUND = URI.create("urn:opensor:problem:not-found");
    public static final URI PURPOSE_REQUIRED = URI.create("urn:opensor:problem:purpose-required");
    public static final URI INTERNAL = URI.create("urn:opensor:problem:internal");
    public static final URI PRECONDITION_REQUIRED = URI.create("urn:opensor:problem:precondition-required");
    public static final URI STALE_VERSION = URI.create("urn:opensor:problem:stale-version");
    public static final URI FOUR_EYES = URI.create("urn:opensor:problem:four-eyes");
    public static final URI REFUSED_TRANSITION = URI.create("urn:opensor:problem:refused-transition");
    public static final URI POSSIBLE_DUPLICATE = URI.create("urn:opensor:problem:possible-duplicate");
    public static final URI TOO_LARGE = URI.create("urn:opensor:problem:too-large");
    public static final URI UNAVAILABLE = URI.create("urn:opensor:problem:unavailable");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create("urn:opensor:problem:idempotency-key-reused");
    public static final URI IDEMPOTENCY_KEY_IN_USE = URI.create("urn:opensor:problem:idempotency-key-in-use");

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .addMixIn(ProblemDetail.class, org.springframework.http.converter.json.ProblemDetailJacksonMixin.class)
            .build();

    private ProblemResponses() {}

    public static ProblemDetail problem(HttpStatus status, URI type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        return problem;
    }

    /** A problem about one field of the request: the {@code errors} list names it and the rule it broke. */
    public static ProblemDetail fieldProblem(HttpStatus status, URI type, String field, String rule, String message) {
        ProblemDetail problem = problem(status, type, message);
        problem.setProperty(
                "errors", java.util.List.of(java.util.Map.of("field", field, "rule", rule, "message", message)));
        return problem;
    }

    /** Writes a problem document from a filter, outside Spring MVC. */
    public static void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /** Writes a small problem document by hand: no personal data, no exception text. */
    static void write(HttpServletResponse response, HttpStatus status, URI type, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"" + type + "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
