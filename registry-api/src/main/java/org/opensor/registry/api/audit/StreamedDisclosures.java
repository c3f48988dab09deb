package org.opensor.registry.api.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.opensor.registry.api.security.PurposeOfAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Audits each record a live stream (server-sent events) delivers after it opened: the opening is audited by
 * {@link AuditRequestFilter} like any request, but what the stream then sends is a read of its own, and the
 * auditor's "who saw this person" must find it. The entry repeats the opening's actor, action, purpose and address.
 */
@Component
public class StreamedDisclosures {

    /** Who opened a stream and why, as its opening request said; kept with the stream. */
    public record Opener(String actor, String role, String action, String purpose, String clientAddress) {

        public static Opener of(HttpServletRequest request, Authentication caller) {
            String role = caller.getAuthorities().stream()
                    .map(a -> a.getAuthority())
                    .filter(a -> a.startsWith("ROLE_"))
                    .map(a -> a.substring(5))
                    .sorted()
                    .findFirst()
                    .orElse(null);
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            String header = request.getHeader(PurposeOfAccess.HEADER);
            return new Opener(
                    caller.getName(),
                    role,
                    request.getMethod() + " " + (pattern != null ? pattern : request.getRequestURI()),
                    header != null ? header : (String) request.getAttribute(PurposeOfAccess.REQUEST_ATTRIBUTE),
                    request.getRemoteAddr());
        }
    }

    private final AuditTrail trail;
    private final Clock clock;

    StreamedDisclosures(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Writes the entry and returns once it is committed.
     *
     * @throws RuntimeException when it cannot be written: the caller must not send the record (fail closed)
     */
    public void sent(Opener opener, UUID registrantId) {
        trail.append(new AuditEntry(
                clock.instant(),
                opener.actor(),
                opener.role(),
                opener.action(),
                registrantId.toString(),
                opener.purpose(),
                opener.clientAddress(),
                "ALLOWED",
                200));
    }
}
