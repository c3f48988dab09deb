package org.opensor.registry.api.console.alert;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.alert.AlertOrder;
import org.opensor.registry.api.alert.AlertPage;
import org.opensor.registry.api.alert.AlertService;
import org.opensor.registry.api.alert.AlertState;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.audit.StreamedDisclosures;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.restriction.RecordRestricted;
import org.opensor.registry.api.security.CurrentUnit;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/alerts}: the alert inbox of border and police officers, as {@code /api/v1/alerts} serves it:
 * filters, each alert with its deadline and a live countdown, the most pressing first, acknowledgement (by htmx in
 * place, as a plain form, or several at once), and a live stream that puts new alerts in place without a reload.
 */
@Controller
class AlertInboxPage {

    static final int PAGE_SIZE = 20;

    private final AlertService alerts;
    private final AlertRows rows;
    private final ConsoleAlertStream stream;
    private final CurrentUnit currentUnit;
    private final ConsoleText text;

    AlertInboxPage(
            AlertService alerts, AlertRows rows, ConsoleAlertStream stream, CurrentUnit currentUnit, ConsoleText text) {
        this.text = text;
        this.alerts = alerts;
        this.rows = rows;
        this.stream = stream;
        this.currentUnit = currentUnit;
    }

    @GetMapping("/console/alerts")
    String inbox(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") String page,
            Authentication caller,
            Model model) {
        InboxFilter filter = InboxFilter.of(state, severity, type);
        int number = pageNumber(page);
        AlertPage found = alerts.list(
                filter.toAlertFilter(), currentUnit.viewer(caller), number, PAGE_SIZE, AlertOrder.MOST_PRESSING_FIRST);
        long pages = (found.totalElements() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("filter", filter);
        List<AlertRow> shown = found.items().stream().map(rows::of).toList();
        model.addAttribute("alerts", shown);
        model.addAttribute("thumbnails", rows.thumbnails(shown));
        model.addAttribute("total", found.totalElements());
        model.addAttribute("page", number);
        model.addAttribute("pages", pages);
        model.addAttribute("previousUrl", number > 0 ? filter.url("/console/alerts", number - 1) : null);
        model.addAttribute("nextUrl", number + 1 < pages ? filter.url("/console/alerts", number + 1) : null);
        // Only the first page is live: new alerts belong at the top of the newest ones.
        model.addAttribute("streamUrl", number == 0 ? filter.url("/console/alerts/stream", null) : null);
        model.addAttribute("states", InboxFilter.STATES);
        model.addAttribute("severities", InboxFilter.SEVERITIES);
        model.addAttribute("types", AlertRows.TYPES);
        model.addAttribute(
                "open",
                found.items().stream()
                        .filter(a -> a.state() != AlertState.ACKNOWLEDGED)
                        .count());
        model.addAttribute("zone", rows.zoneName());
        return "console/alerts";
    }

    @PostMapping("/console/alerts/{id}/acknowledgement")
    String acknowledge(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String note,
            Authentication actor,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes flash) {
        UUID alertId = alertId(id);
        String message;
        boolean done = false;
        if (note.length() > 1000) {
            message = text.get("alert.ack.noteTooLong", 1000);
        } else {
            try {
                alerts.acknowledge(alertId, actor.getName(), note, currentUnit.viewer(actor));
                message = text.get("alert.ack.done");
                done = true;
            } catch (RefusedTransition e) {
                message = text.get("alert.ack.already");
            }
        }
        if (htmx == null) {
            flash.addFlashAttribute(done ? "acknowledged" : "acknowledgementError", message);
            return "redirect:/console/alerts#alert-" + alertId;
        }
        model.addAttribute(
                "a",
                rows.of(alerts.find(alertId, currentUnit.viewer(actor))
                        .orElseThrow(() -> new NotFound("No alert with id " + alertId + "."))));
        model.addAttribute(done ? "rowStatus" : "rowError", message);
        return "console/alert-row :: row";
    }

    /**
     * Acknowledges every alert ticked on the desk with one note: an officer who has dealt with a burst (one
     * traveller screened at several posts) does not press a button per row. Each is acknowledged on its own, so one
     * already acknowledged elsewhere does not stop the others; the page says how many were done.
     */
    @PostMapping("/console/alerts/acknowledgements")
    String acknowledgeMany(
            @RequestParam(name = "ids", required = false) List<String> ids,
            @RequestParam(defaultValue = "") String note,
            Authentication actor,
            RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("acknowledgementError", text.get("alert.ack.noneChosen"));
            return "redirect:/console/alerts";
        }
        if (note.length() > 1000) {
            flash.addFlashAttribute("acknowledgementError", text.get("alert.ack.noteTooLong", 1000));
            return "redirect:/console/alerts";
        }
        List<UUID> done = new ArrayList<>();
        int already = 0;
        for (String id : ids.stream().distinct().limit(PAGE_SIZE * 5L).toList()) {
            try {
                UUID alertId = alertId(id);
                alerts.acknowledge(alertId, actor.getName(), note, currentUnit.viewer(actor));
                done.add(alertId);
            } catch (RefusedTransition | NotFound | RecordRestricted e) {
                already++; // acknowledged meanwhile, gone, or on a record only another unit may act on
            }
        }
        // One request, one audit entry naming every alert it acknowledged, as a single acknowledgement names its own.
        DisclosedRecords.note(done);
        flash.addFlashAttribute("acknowledged", text.get("alert.ack.many", done.size(), already));
        return "redirect:/console/alerts";
    }

    @GetMapping(path = "/console/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String type,
            CsrfToken csrf,
            Authentication caller,
            HttpServletRequest request)
            throws IOException {
        // The token is copied now: rows rendered later, on another thread, carry it in their plain-form fallback.
        return stream.open(
                InboxFilter.of(state, severity, type),
                new DefaultCsrfToken(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken()),
                caller,
                StreamedDisclosures.Opener.of(request, caller),
                LocaleContextHolder.getLocale());
    }

    private static UUID alertId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No alert with id " + id + ".");
        }
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Math.min(Integer.parseInt(page.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
