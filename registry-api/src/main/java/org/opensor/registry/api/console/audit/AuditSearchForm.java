package org.opensor.registry.api.console.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensor.registry.api.audit.AuditQuery;

/**
 * The audit search as the auditor fills it in: text fields as typed (kept when the page is shown again) and the
 * time range in the registry's own time zone, since that is the clock the auditor and the officers work by.
 */
record AuditSearchForm(String actor, String recordId, String action, String outcome, String from, String to, int page) {

    /** The outcomes the trail records; each one's words are {@code audit.outcome.<outcome>}. */
    static final List<String> OUTCOMES = List.of("ALLOWED", "REJECTED", "DENIED", "UNAUTHENTICATED", "FAILED");

    AuditSearchForm {
        actor = blankToEmpty(actor);
        recordId = blankToEmpty(recordId);
        action = blankToEmpty(action);
        outcome = blankToEmpty(outcome);
        from = blankToEmpty(from);
        to = blankToEmpty(to);
        page = Math.max(page, 0);
    }

    /** Field → the message key of its problem ({@code audit.error.*}); empty when the search can run. */
    Map<String, String> problems(ZoneId zone) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!outcome.isEmpty() && !OUTCOMES.contains(outcome)) {
            problems.put("outcome", "audit.error.outcome");
        }
        Instant start = null;
        Instant end = null;
        try {
            start = instant(from, zone);
        } catch (DateTimeParseException e) {
            problems.put("from", "audit.error.from");
        }
        try {
            end = instant(to, zone);
        } catch (DateTimeParseException e) {
            problems.put("to", "audit.error.to");
        }
        if (start != null && end != null && !start.isBefore(end)) {
            problems.put("from", "audit.error.order");
        }
        return problems;
    }

    /** This form's page of entries. */
    AuditQuery query(ZoneId zone, int pageSize) {
        return new AuditQuery(
                nullIfEmpty(actor),
                nullIfEmpty(recordId),
                nullIfEmpty(action),
                nullIfEmpty(outcome),
                instant(from, zone),
                instant(to, zone),
                page,
                pageSize);
    }

    /** The first entry after this page (a page of one at that offset): is there an older page to link to? */
    AuditQuery firstOfNextPage(ZoneId zone, int pageSize) {
        return new AuditQuery(
                nullIfEmpty(actor),
                nullIfEmpty(recordId),
                nullIfEmpty(action),
                nullIfEmpty(outcome),
                instant(from, zone),
                instant(to, zone),
                (page + 1) * pageSize,
                1);
    }

    boolean filtered() {
        return !(actor + recordId + action + outcome + from + to).isEmpty();
    }

    /**
     * A typed date ({@code 2026-03-01}, the day's start) or date and time ({@code 2026-03-01 09:00}, a {@code T}
     * between them as a browser's picker wrote it is taken too), in the registry's zone: every form types its dates.
     */
    static Instant instant(String local, ZoneId zone) {
        if (local.isEmpty()) {
            return null;
        }
        String text = local.strip().replace(' ', 'T');
        LocalDateTime at = text.contains("T")
                ? LocalDateTime.parse(text)
                : java.time.LocalDate.parse(text).atStartOfDay();
        return at.atZone(zone).toInstant();
    }

    private static String blankToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String nullIfEmpty(String s) {
        return s.isEmpty() ? null : s;
    }
}
