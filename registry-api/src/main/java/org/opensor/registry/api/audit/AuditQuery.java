package org.opensor.registry.api.audit;

import java.time.Instant;

/**
 * Filter and page for reading the audit trail; null fields do not filter.
 *
 * @param action text the action contains, in any case (e.g. {@code accounts} or {@code POST /console}); the other
 *               filters match exactly
 */
public record AuditQuery(
        String actor, String recordId, String action, String outcome, Instant from, Instant to, int page, int size) {}
