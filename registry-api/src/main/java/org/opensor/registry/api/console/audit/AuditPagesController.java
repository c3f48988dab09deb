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
import org.opensor.registry.api.audit.ChainVerification;
import org.opensor.registry.api.audit.persistence.MisuseReport;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.ConsoleText;
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

    /** One misuse finding in the reader's words. */
    record FindingRow(String actor, String pattern, String detail, String positions) {}

    /** The most entries one CSV export holds; narrow the filters (dates) for more. */
    static final int CSV_LIMIT = 50_000;

    private final AuditTrail trail;
    private final MisuseReport misuse;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditSentences sentences;
    private final ConsoleText text;
    private final ConsoleDates dates;

    AuditPagesController(
            AuditTrail trail,
            MisuseReport misuse,
            Clock clock,
            SecuritySettings security,
            AuditSentences sentences,
            ConsoleText text,
            ConsoleDates dates) {
        this.sentences = sentences;
        this.text = text;
        this.dates = dates;
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
        Map<String, String> errors = inWords(form.problems(zone), locale);
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
                                    roleLabel(s.entry().role(), locale),
                                    s.entry().action(),
                                    s.entry().recordId(),
                                    s.entry().purpose(),
                                    s.entry().outcome(),
                                    outcomeLabel(s.entry().outcome(), locale),
                                    outcomeTag(s.entry().outcome()),
                                    s.entry().httpStatus(),
                                    sentences.of(
                                            s.entry().actor(),
                                            s.entry().role(),
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
                                s.entry().role(),
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
    String verification(@RequestParam(defaultValue = "false") boolean run, Model model, Locale locale) {
        if (run) {
            ChainVerification result = trail.verify();
            model.addAttribute("result", result);
            model.addAttribute("reason", brokenInWords(result, locale));
            model.addAttribute("verifiedAt", clock.instant());
        }
        model.addAttribute("zone", zone);
        return "console/audit/verification";
    }

    @GetMapping("/console/audit-events/misuse-report")
    String misuseReport(
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Model model,
            Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = date(from.strip(), today.minusDays(30), "from", errors);
        LocalDate end = date(to.strip(), today, "to", errors);
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.put("from", "misuse.error.order");
        }
        errors = inWords(errors, locale);
        model.addAttribute("from", from.isBlank() ? start.toString() : from.strip());
        model.addAttribute("to", to.isBlank() ? end.toString() : to.strip());
        model.addAttribute("errors", errors);
        model.addAttribute("zone", zone);
        if (errors.isEmpty()) {
            // Whole days in the registry's zone, "to" included.
            Instant startAt = start.atStartOfDay(zone).toInstant();
            Instant endAt = end.plusDays(1).atStartOfDay(zone).toInstant();
            model.addAttribute(
                    "findings",
                    misuse.between(startAt, endAt).stream()
                            .map(f -> findingRow(f, locale))
                            .toList());
            model.addAttribute("days", Duration.between(startAt, endAt).toDays());
        }
        return "console/audit/misuse-report";
    }

    /**
     * What broke the chain in the reader's words ({@code verify.reason.<code>}, times as the language writes them), or
     * null when it is intact or the break has no words yet (the page then shows the API's English, marked so).
     */
    String brokenInWords(ChainVerification result, Locale locale) {
        if (result.intact() || result.code() == null) {
            return null;
        }
        List<Object> facts = new java.util.ArrayList<>(result.facts());
        facts.replaceAll(fact -> fact instanceof Instant at ? dates.dateTimeSeconds(at, locale) : fact);
        return text.first(locale, null, "verify.reason." + result.code(), facts.toArray());
    }

    /** A finding's pattern and what was seen, from {@code misuse.pattern.*} and {@code misuse.detail.*}. */
    private FindingRow findingRow(MisuseReport.Finding finding, Locale locale) {
        List<Object> facts = new java.util.ArrayList<>(finding.facts());
        // the day a finding names is written as the reader's language writes dates
        facts.replaceAll(fact -> fact instanceof LocalDate day ? dates.date(day, locale) : fact);
        if (finding.pattern().equals("OUTSIDE_WORKING_HOURS")) {
            facts.add(dates.zoneName(locale));
        }
        return new FindingRow(
                finding.actor(),
                text.get(locale, "misuse.pattern." + finding.pattern()),
                text.get(locale, "misuse.detail." + finding.pattern(), facts.toArray()),
                finding.positions().stream().map(dates::number).collect(java.util.stream.Collectors.joining(", ")));
    }

    /** Field → message key, as the forms report them, into the reader's words. */
    private Map<String, String> inWords(Map<String, String> keys, Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        keys.forEach((field, key) -> words.put(field, text.get(locale, key)));
        return words;
    }

    private static LocalDate date(String text, LocalDate fallback, String field, Map<String, String> errors) {
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, "misuse.error." + field);
            return fallback;
        }
    }

    /** "REGISTRY_ADMIN" → "Registry admin" or its Khmer, as the console's header names roles. */
    private String roleLabel(String role, Locale locale) {
        return role == null ? text.get(locale, "audit.notSignedIn") : text.first(locale, role, "role." + role);
    }

    private String outcomeLabel(String outcome, Locale locale) {
        return text.first(locale, outcome, "audit.outcome." + outcome);
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
