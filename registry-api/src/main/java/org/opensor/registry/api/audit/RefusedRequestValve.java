package org.opensor.registry.api.audit;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.opensor.registry.api.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Requests Tomcat refuses before the application sees them (a header over the size limit, a control character or
 * {@code %00} in the path) would get Tomcat's HTML error page and never pass the audit filter. This engine valve
 * answers them with problem+json instead and writes their audit entry itself, without the refused request's path
 * or headers (they may hold anything).
 */
class RefusedRequestValve extends ValveBase {

    private static final Logger log = LoggerFactory.getLogger(RefusedRequestValve.class);
    /** Written as the action: the method alone, since the path of a refused request is not trustworthy. */
    static final String ACTION_SUFFIX = " (refused by the web server)";

    private final ObjectProvider<AuditTrail> trail;
    private final Clock clock;

    RefusedRequestValve(ObjectProvider<AuditTrail> trail, Clock clock) {
        super(true);
        this.trail = trail;
        this.clock = clock;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        int status = response.getStatus();
        if (!response.isError() && status < 400) {
            getNext().invoke(request, response);
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Bad Request" : known.getReasonPhrase();
        String method = request.getMethod() != null && request.getMethod().matches("[A-Z]{1,10}")
                ? request.getMethod()
                : "UNKNOWN";
        try {
            trail.getObject()
                    .append(new AuditEntry(
                            clock.instant(),
                            "anonymous",
                            null,
                            method + ACTION_SUFFIX,
                            null,
                            null,
                            request.getRemoteAddr(),
                            AuditEntry.outcomeOf(status),
                            status));
        } catch (RuntimeException e) {
            log.error("The audit entry of a request refused by the web server could not be written", e);
        }
        response.setSuspended(false);
        response.resetBuffer();
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = ("{\"type\":\"" + ProblemResponses.VALIDATION + "\",\"title\":\"" + reason + "\",\"status\":"
                        + status
                        + ",\"detail\":\"The web server refused the request before reading it: the request line or a header is malformed or too large.\""
                        + ",\"errors\":[{\"field\":\"request\",\"rule\":\"http-syntax\",\"message\":\"malformed or oversized request line or header\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.finishResponse();
    }
}
