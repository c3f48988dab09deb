package org.opensor.registry.api.audit;

import java.time.Instant;

/**
 * One access to the registry, as the audit trail keeps it.
 *
 * @param actor         the account (or the claimed user name when the login failed, or {@code anonymous})
 * @param role          the actor's role when known
 * @param action        method and endpoint pattern, e.g. {@code GET /api/v1/registrants/{id}}
 * @param recordId      the record acted on, when the path names one
 * @param purpose       the stated purpose ({@code X-Purpose}), when given
 * @param clientAddress the caller's network address
 * @param outcome       ALLOWED, REJECTED (bad input), UNAUTHENTICATED, DENIED or FAILED
 */
public record AuditEntry(
        Instant occurredAt,
        String actor,
        String role,
        String action,
        String recordId,
        String purpose,
        String clientAddress,
        String outcome,
        int httpStatus) {

    public static String outcomeOf(int status) {
        if (status == 401) {
            return "UNAUTHENTICATED";
        }
        if (status == 403) {
            return "DENIED";
        }
        if (status >= 500) {
            return "FAILED";
        }
        return status >= 400 ? "REJECTED" : "ALLOWED";
    }
}
