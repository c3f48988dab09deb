package org.opensor.registry.api.audit;

import java.time.Instant;

/** Filter and page for reading the audit trail; null fields do not filter. */
public record AuditQuery(String actor, String recordId, String outcome, Instant from, Instant to, int page, int size) {
}
