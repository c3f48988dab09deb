package org.opensor.registry.api.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensor.registry.api.refusal.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * {@code If-Match} for optimistic concurrency: the ETag is the registrant version, e.g. {@code "3"}. As RFC 9110
 * §13.1.1 says, {@code *} matches any current representation, and the comparison is strong, so a weak tag
 * ({@code W/"3"}) never matches (412).
 */
public final class Preconditions {

    private static final Pattern ETAG = Pattern.compile("\\s*\"?(\\d{1,18})\"?\\s*");
    private static final Pattern WEAK = Pattern.compile("\\s*W/.*", Pattern.CASE_INSENSITIVE);

    private Preconditions() {}

    /**
     * @return the version sent, or null for {@code *} (the write applies to the current version)
     * @throws PreconditionRequired when the header is missing (428)
     * @throws WeakTagRefused       when the tag is weak (412)
     */
    public static Long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        return optionalVersion(ifMatch);
    }

    /** The version of an {@code If-Match} header, or null when there is none or it is {@code *} (the write then applies to the current version). */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*") ? null : parse(ifMatch);
    }

    private static long parse(String ifMatch) {
        if (WEAK.matcher(ifMatch).matches()) {
            throw new WeakTagRefused();
        }
        Matcher m = ETAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new RuleViolation(
                    "If-Match", "etag", "If-Match must be the ETag of the registrant as read, e.g. \"3\"");
        }
        return Long.parseLong(m.group(1));
    }

    /** An update sent without {@code If-Match}: it could overwrite a change the sender has not seen. */
    public static class PreconditionRequired extends RuntimeException {
        PreconditionRequired() {
            super(
                    "Send If-Match with the ETag of the registrant as you read it, so that no one else's change is overwritten.");
        }
    }

    /** A weak entity tag in {@code If-Match}: the comparison is strong, so it matches nothing (412 problem+json). */
    public static class WeakTagRefused extends ErrorResponseException {
        WeakTagRefused() {
            super(HttpStatus.PRECONDITION_FAILED, problem(), null);
        }

        private static org.springframework.http.ProblemDetail problem() {
            var problem = ProblemResponses.problem(
                    HttpStatus.PRECONDITION_FAILED,
                    ProblemResponses.STALE_VERSION,
                    "If-Match compares entity tags strongly (RFC 9110): a weak tag such as W/\"3\" never matches. Send the ETag as read, e.g. \"3\".");
            problem.setProperty(
                    "errors",
                    List.of(Map.of(
                            "field",
                            "If-Match",
                            "rule",
                            "strong-etag",
                            "message",
                            "If-Match must be a strong ETag, e.g. \"3\", or *")));
            return problem;
        }
    }
}
