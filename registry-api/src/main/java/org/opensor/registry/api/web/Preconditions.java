package org.opensor.registry.api.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensor.registry.api.rules.RuleViolation;

/** {@code If-Match} for optimistic concurrency: the ETag is the registrant version, e.g. {@code "3"}. */
public final class Preconditions {

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private Preconditions() {
    }

    /** @throws PreconditionRequired when the header is missing (428) */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        return parse(ifMatch);
    }

    /** The version of an {@code If-Match} header, or null when there is none (the write then applies to the current version). */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    private static long parse(String ifMatch) {
        Matcher m = ETAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new RuleViolation("If-Match", "etag", "If-Match must be the ETag of the registrant as read, e.g. \"3\"");
        }
        return Long.parseLong(m.group(1));
    }

    /** An update sent without {@code If-Match}: it could overwrite a change the sender has not seen. */
    public static class PreconditionRequired extends RuntimeException {
        PreconditionRequired() {
            super("Send If-Match with the ETag of the registrant as you read it, so that no one else's change is overwritten.");
        }
    }
}
