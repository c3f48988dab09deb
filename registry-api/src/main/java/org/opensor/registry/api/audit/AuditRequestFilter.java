package org.opensor.registry.api.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opensor.registry.api.security.PurposeOfAccess;
import org.opensor.registry.api.web.Unavailability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes an audit entry for every call to {@code /api/} and every console page (and each console sign-in and
 * sign-out): who, role, action, record, purpose, when, client
 * address and outcome, including refused and failed attempts. It runs outside the security filters so that
 * 401 and 403 are recorded too. The response is held back until the entry is written: if the audit cannot
 * be written, the caller gets a 500 instead of the data (fail closed).
 */
public class AuditRequestFilter extends OncePerRequestFilter {

    /** Request attribute set inside the security chain once the caller is known. */
    public static final String AUTHENTICATION = AuditRequestFilter.class.getName() + ".authentication";

    private static final Logger log = LoggerFactory.getLogger(AuditRequestFilter.class);
    private static final Pattern UUID_SEGMENT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Endpoints answering with server-sent events, which must not be buffered. */
    private static final java.util.Set<String> STREAM_PATHS =
            java.util.Set.of("/api/v1/alerts/stream", "/console/alerts/stream");

    private static final Pattern ACCOUNT_SEGMENT = Pattern.compile("^/api/v1/accounts/([^/]+)");

    private final ObjectProvider<AuditTrail> trail;
    private final Clock clock;

    public AuditRequestFilter(ObjectProvider<AuditTrail> trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        boolean console = uri.equals("/console")
                || uri.startsWith("/console/")
                || ("POST".equals(request.getMethod()) && (uri.equals("/login") || uri.equals("/logout")));
        return !uri.startsWith("/api/") && !console;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isEventStream(request)) {
            streamed(request, response, chain);
            return;
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, held);
        } finally {
            if (request.getAttribute(Unavailability.REQUEST_ATTRIBUTE) != null) {
                // The request already failed because PostgreSQL cannot answer: its 503 carries no data, and waiting for
                // the
                // database a second time would only make the caller wait longer for it.
                log.warn(
                        "Audit entry not written, the {} is unavailable: {} {} answered {}",
                        request.getAttribute(Unavailability.REQUEST_ATTRIBUTE),
                        request.getMethod(),
                        UUID_SEGMENT.matcher(request.getRequestURI()).replaceAll("{id}"),
                        held.getStatus());
                held.copyBodyToResponse();
                return;
            }
            try {
                AuditEntry entry = entryFor(request, held.getStatus(), held.getHeader("Location"));
                long position = trail.getObject().append(entry);
                log.debug("Audit entry {}: {} {} by {}", position, entry.action(), entry.outcome(), entry.actor());
                held.copyBodyToResponse();
            } catch (RuntimeException e) {
                boolean unavailable = Unavailability.of(e).isPresent();
                log.error(
                        "Audit entry could not be written; the response is withheld{}",
                        unavailable ? " (the database is unavailable)" : "",
                        unavailable ? null : e);
                held.resetBuffer();
                held.setStatus(
                        unavailable
                                ? HttpStatus.SERVICE_UNAVAILABLE.value()
                                : HttpStatus.INTERNAL_SERVER_ERROR.value());
                held.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                if (unavailable) {
                    held.setHeader("Retry-After", Integer.toString(Unavailability.RETRY_AFTER_SECONDS));
                    held.getOutputStream()
                            .write(
                                    "{\"type\":\"urn:opensor:problem:unavailable\",\"title\":\"Temporarily unavailable\",\"status\":503,\"detail\":\"The access could not be audited, so it was not completed. Retry in a few seconds.\"}"
                                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    held.getOutputStream()
                            .write(
                                    "{\"type\":\"urn:opensor:problem:internal\",\"title\":\"Internal Server Error\",\"status\":500,\"detail\":\"The access could not be audited, so it was not completed.\"}"
                                            .getBytes(StandardCharsets.UTF_8));
                }
                held.copyBodyToResponse();
            }
        }
    }

    /**
     * A server-sent event stream cannot be held back until it ends: it is passed through, and the entry is written as
     * soon as the handler has opened the stream (or refused it). If the entry cannot be written, the stream is closed.
     */
    private void streamed(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        try {
            AuditEntry entry = entryFor(request, response.getStatus(), null);
            long position = trail.getObject().append(entry);
            log.debug("Audit entry {}: {} {} by {}", position, entry.action(), entry.outcome(), entry.actor());
        } catch (RuntimeException e) {
            log.error("Audit entry could not be written; the stream is closed", e);
            if (request.isAsyncStarted()) {
                request.getAsyncContext().complete();
            }
        }
    }

    private static boolean isEventStream(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return STREAM_PATHS.contains(request.getRequestURI())
                || (accept != null && accept.contains(MediaType.TEXT_EVENT_STREAM_VALUE));
    }

    /** @param location the Location of a created record: a create names its record only in the response */
    private AuditEntry entryFor(HttpServletRequest request, int status, String location) {
        Authentication authentication = (Authentication) request.getAttribute(AUTHENTICATION);
        String actor;
        String role = null;
        if (authentication != null && authentication.isAuthenticated()) {
            actor = authentication.getName();
            // Only roles: Spring Security also grants factor authorities such as FACTOR_PASSWORD.
            role = authentication.getAuthorities().stream()
                    .map(a -> a.getAuthority())
                    .filter(a -> a.startsWith("ROLE_"))
                    .map(a -> a.substring(5))
                    .sorted()
                    .findFirst()
                    .orElse(null);
        } else {
            actor = claimedUser(request);
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        String path = pattern != null
                ? pattern.toString()
                : UUID_SEGMENT.matcher(request.getRequestURI()).replaceAll("{id}");
        String recordId = recordId(request.getRequestURI());
        if (recordId == null && location != null) {
            recordId = recordId(location);
        }
        if (recordId == null) {
            recordId = DisclosedRecords.of(request);
        }
        if ("/login".equals(request.getRequestURI()) && location != null && location.contains("/login?")) {
            status =
                    HttpStatus.UNAUTHORIZED
                            .value(); // a refused console sign-in is answered with a redirect back to the form
        }
        return new AuditEntry(
                clock.instant(),
                actor,
                role,
                request.getMethod() + " " + path,
                recordId,
                purpose(request),
                request.getRemoteAddr(),
                AuditEntry.outcomeOf(status),
                status);
    }

    /** The API's header, or the purpose the console stated for this request. */
    private static String purpose(HttpServletRequest request) {
        String header = request.getHeader(PurposeOfAccess.HEADER);
        return header != null ? header : (String) request.getAttribute(PurposeOfAccess.REQUEST_ATTRIBUTE);
    }

    private static String recordId(String uri) {
        Matcher uuid = UUID_SEGMENT.matcher(uri);
        if (uuid.find()) {
            return uuid.group().toLowerCase();
        }
        Matcher account = ACCOUNT_SEGMENT.matcher(uri);
        return account.find() ? "account:" + account.group(1) : null;
    }

    /** The user name a failed Basic login claimed: failed attempts against an account must show up. */
    private static String claimedUser(HttpServletRequest request) {
        if ("/login".equals(request.getRequestURI()) && request.getParameter("username") != null) {
            String username = request.getParameter("username");
            return "unauthenticated:" + printable(username.substring(0, Math.min(username.length(), 64)));
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return "unauthenticated:" + printable(decoded.substring(0, Math.min(colon, 64)));
                }
            } catch (IllegalArgumentException ignored) {
                // not Base64: fall through
            }
        }
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? "unauthenticated:bearer-token"
                : "anonymous";
    }

    /** A claimed user name as the trail can hold it: PostgreSQL refuses NUL, and control characters garble reports. */
    private static String printable(String name) {
        return name.replaceAll("[\\p{Cntrl}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]", "?");
    }
}
