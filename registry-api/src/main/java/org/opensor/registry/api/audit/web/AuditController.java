package org.opensor.registry.api.audit.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.opensor.registry.api.audit.AuditQuery;
import org.opensor.registry.api.audit.AuditTrail;
import org.opensor.registry.api.audit.ChainVerification;
import org.opensor.registry.api.audit.persistence.MisuseReport;
import org.opensor.registry.api.refusal.RuleViolation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/audit-events}: auditors read, verify and review the trail; nobody can change it. */
@RestController
@RequestMapping("/api/v1/audit-events")
class AuditController {

    private final AuditTrail trail;
    private final MisuseReport misuse;
    private final Clock clock;

    AuditController(AuditTrail trail, MisuseReport misuse, Clock clock) {
        this.trail = trail;
        this.misuse = misuse;
        this.clock = clock;
    }

    /** A page of entries, newest first, filtered by actor, record, action (contains), outcome and time. */
    record EntryView(
            long position,
            Instant occurredAt,
            String actor,
            String role,
            String action,
            String recordId,
            String purpose,
            String clientAddress,
            String outcome,
            int httpStatus,
            String hash) {}

    @io.swagger.v3.oas.annotations.media.Schema(name = "AuditEventPage")
    record Page(int page, int size, List<EntryView> items) {}

    @GetMapping
    Page list(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String recordId,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new RuleViolation("page", "min", "page must be 0 or more");
        }
        if (size < 1 || size > 500) {
            throw new RuleViolation("size", "range", "size must be between 1 and 500");
        }
        List<EntryView> items =
                trail.find(new AuditQuery(actor, recordId, action, outcome, from, to, page, size)).stream()
                        .map(s -> new EntryView(
                                s.position(),
                                s.entry().occurredAt(),
                                s.entry().actor(),
                                s.entry().role(),
                                s.entry().action(),
                                s.entry().recordId(),
                                s.entry().purpose(),
                                s.entry().clientAddress(),
                                s.entry().outcome(),
                                s.entry().httpStatus(),
                                s.hash()))
                        .toList();
        return new Page(page, size, items);
    }

    @GetMapping("/verification")
    ChainVerification verify() {
        return trail.verify();
    }

    record MisuseView(Instant from, Instant to, List<MisuseReport.Finding> findings) {}

    /** Findings over a period (default: the last 30 days). */
    @GetMapping("/misuse-report")
    MisuseView misuseReport(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(Duration.ofDays(30));
        if (!start.isBefore(end)) {
            throw new RuleViolation("from", "before-to", "from must be before to");
        }
        return new MisuseView(start, end, misuse.between(start, end));
    }
}
