package org.opensor.registry.api.console.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.api.audit.AuditTrail;
import org.opensor.registry.api.audit.persistence.MisuseReport;
import org.opensor.registry.api.security.Role;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages: search the audit trail, verify its hash chain, and the misuse report, each doing what the
 * matching {@code /api/v1/audit-events} endpoint does through the same {@link AuditTrail} and {@link MisuseReport}.
 * Times are shown and read in the registry's time zone ({@code registry.security.zone}).
 */
@Controller
class AuditPagesController {

    static final int PAGE_SIZE = 50;

    /** One entry as the table shows it. */
    record Row(
            long position,
            Instant occurredAt,
            String actor,
            String role,
            String action,
            String recordId,
            String purpose,
            String outcome,
            String outcomeLabel,
            String outcomeTag,
            int httpStatus,
            String sentence) {}

    /** The most entries one CSV export holds; narrow the filters (dates) for more. */
    static final int CSV_LIMIT = 50_000;

    private final AuditTrail trail;
    private final MisuseReport misuse;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditSentences sentences;

    AuditPagesController(
            AuditTrail trail, MisuseReport misuse, Clock clock, SecuritySettings security, AuditSentences sentences) {
        this.sentences = sentences;
        this.trail = trail;
        this.misuse = misuse;
        this.clock = clock;
        this.zone = security.zone();
    }

    @GetMapping("/console/audit-events")
    String search(
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String recordId,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") String page,
            Model model,
            Locale locale) {
        AuditSearchForm form = new AuditSearchForm(actor, recordId, action, outcome, from, to, pageNumber(page));
        Map<String, String> errors = form.problems(zone);
        model.addAttribute("form", form);
        model.addAttribute("filtered", form.filtered());
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", AuditSearchForm.OUTCOMES);
        model.addAttribute("zone", zone);
        if (errors.isEmpty()) {
            model.addAttribute(
                    "rows",
                    trail.find(form.query(zone, PAGE_SIZE)).stream()
                            .map(s -> new Row(
                                    s.position(),
                                    s.entry().occurredAt(),
                                    s.entry().actor(),
                                    roleLabel(s.entry().role()),
                                    s.entry().action(),
                                    s.entry().recordId(),
                                    s.entry().purpose(),
                                    s.entry().outcome(),
                                    AuditSearchForm.OUTCOMES.getOrDefault(
                                            s.entry().outcome(), s.entry().outcome()),
                                    outcomeTag(s.entry().outcome()),
                                    s.entry().httpStatus(),
                                    sentences.of(
                                            s.entry().actor(),
                                            roleLabel(s.entry().role()),
                                            s.entry().action(),
                                            s.entry().purpose(),
                                            s.entry().outcome(),
                                            locale)))
                            .toList());
            model.addAttribute(
                    "hasNext",
                    !trail.find(form.firstOfNextPage(zone, PAGE_SIZE)).isEmpty());
        } else {
            model.addAttribute("rows", List.of());
            model.addAttribute("hasNext", false);
        }
        return "console/audit/audit-events";
    }

    /**
     * The entries the same filters find, as CSV for the auditor (newest first, at most {@link #CSV_LIMIT}); the export
     * is itself a read of the trail, audited like the page. Wrong filters: the page, with the errors beside them.
     */
    @GetMapping("/console/audit-events.csv")
    Object csv(
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "") String recordId,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Model model,
            Locale locale) {
        AuditSearchForm form = new AuditSearchForm(actor, recordId, action, outcome, from, to, 0);
        if (!form.problems(zone).isEmpty()) {
            return search(actor, recordId, action, outcome, from, to, "0", model, locale);
        }
        List<List<String>> rows = trail.find(form.query(zone, CSV_LIMIT)).stream()
                .map(s -> java.util.Arrays.asList(
                        Long.toString(s.position()),
                        AuditCsv.time(s.entry().occurredAt(), zone),
                        s.entry().actor(),
                        s.entry().role(),
                        s.entry().action(),
                        sentences.of(
                                s.entry().actor(),
                                roleLabel(s.entry().role()),
                                s.entry().action(),
                                s.entry().purpose(),
                                s.entry().outcome(),
                                locale),
                        s.entry().recordId(),
                        s.entry().purpose(),
                        s.entry().outcome(),
                        Integer.toString(s.entry().httpStatus())))
                .toList();
        String name = "audit-" + LocalDate.now(clock.withZone(zone)) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                // A byte-order mark: spreadsheet programs then read the Khmer in names and purposes as UTF-8.
                .body("\uFEFF" + AuditCsv.of(rows));
    }

    /** The page explains the check; {@code run} runs it (a GET: verifying changes nothing). */
    @GetMapping("/console/audit-events/verification")
    String verification(@RequestParam(defaultValue = "false") boolean run, Model model) {
        if (run) {
            model.addAttribute("result", trail.verify());
            model.addAttribute("verifiedAt", clock.instant());
        }
        model.addAttribute("zone", zone);
        return "console/audit/verification";
    }

    @GetMapping("/console/audit-events/misuse-report")
    String misuseReport(
            @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from.strip(), today.minusDays(30), "from", errors);
        LocalDate end = date(to.strip(), today, "to", errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.put("from", "from must be before to");
        }
        model.addAttribute("from", from.isBlank() ? start.toString() : from.strip());
        model.addAttribute("to", to.isBlank() ? end.toString() : to.strip());
        model.addAttribute("errors", errors);
        model.addAttribute("zone", zone);
        if (errors.isEmpty()) {
            // Whole days in the registry's zone, "to" included.
            Instant startAt = start.atStartOfDay(zone).toInstant();
            Instant endAt = end.plusDays(1).atStartOfDay(zone).toInstant();
            model.addAttribute("findings", misuse.between(startAt, endAt));
            model.addAttribute("days", Duration.between(startAt, endAt).toDays());
        }
        model.addAttribute(
                "patterns",
                Map.of(
                        "OUTSIDE_WORKING_HOURS", "Outside working hours",
                        "MANY_READS_WITHOUT_FOLLOW_UP", "Many records read, nothing recorded",
                        "PURPOSE_NEVER_USED_AGAIN", "Purpose stated once, never again"));
        return "console/audit/misuse-report";
    }

    private static LocalDate date(String text, LocalDate fallback, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, field + " must be a date, for example 2026-03-01");
            return fallback;
        }
    }

    /** "REGISTRY_ADMIN" → "Registry admin", as the console's header names roles. */
    static String roleLabel(String role) {
        if (role == null) {
            return null;
        }
        try {
            String words = Role.valueOf(role).externalName().replace('-', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        } catch (IllegalArgumentException unknown) {
            return role;
        }
    }

    private static String outcomeTag(String outcome) {
        return switch (outcome) {
            case "ALLOWED" -> "govuk-tag--green";
            case "REJECTED" -> "govuk-tag--yellow";
            case "DENIED", "UNAUTHENTICATED" -> "govuk-tag--red";
            default -> "govuk-tag--purple";
        };
    }

    /** A page number from the address bar: anything but a whole number from 0 up is the first page. */
    private static int pageNumber(String page) {
        try {
            return Math.max(Integer.parseInt(page.strip()), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
