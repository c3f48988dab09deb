package org.opensor.registry.api.console.alert;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.alert.AlertPage;
import org.opensor.registry.api.alert.AlertService;
import org.opensor.registry.api.audit.StreamedDisclosures;
import org.opensor.registry.api.rules.NotFound;
import org.opensor.registry.api.rules.RefusedTransition;
import org.opensor.registry.api.security.CurrentUnit;
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
 * filters, each alert with its deadline, acknowledgement (by htmx in place, or as a plain form), and a live
 * stream that puts new alerts at the top without a reload.
 */
@Controller
class AlertInboxPage {

    static final int PAGE_SIZE = 20;

    private final AlertService alerts;
    private final AlertRows rows;
    private final ConsoleAlertStream stream;
    private final CurrentUnit currentUnit;

    AlertInboxPage(AlertService alerts, AlertRows rows, ConsoleAlertStream stream, CurrentUnit currentUnit) {
        this.alerts = alerts;
        this.rows = rows;
        this.stream = stream;
        this.currentUnit = currentUnit;
    }

    @GetMapping("/console/alerts")
    String inbox(@RequestParam(required = false) String state, @RequestParam(required = false) String severity,
                 @RequestParam(required = false) String type, @RequestParam(defaultValue = "0") String page, Authentication caller,
                 Model model) {
        InboxFilter filter = InboxFilter.of(state, severity, type);
        int number = pageNumber(page);
        AlertPage found = alerts.list(filter.toAlertFilter(), currentUnit.viewer(caller), number, PAGE_SIZE);
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
        model.addAttribute("zone", rows.zoneName());
        return "console/alerts";
    }

    @PostMapping("/console/alerts/{id}/acknowledgement")
    String acknowledge(@PathVariable String id, @RequestParam(defaultValue = "") String note, Authentication actor,
                       @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes flash) {
        UUID alertId = alertId(id);
        String message;
        boolean done = false;
        if (note.length() > 1000) {
            message = "note size must be between 0 and 1000";
        } else {
            try {
                alerts.acknowledge(alertId, actor.getName(), note, currentUnit.viewer(actor));
                message = "Acknowledged. The alert service has been told, so the alert will not be escalated.";
                done = true;
            } catch (RefusedTransition e) {
                message = e.getMessage();
            }
        }
        if (htmx == null) {
            flash.addFlashAttribute(done ? "acknowledged" : "acknowledgementError", message);
            return "redirect:/console/alerts#alert-" + alertId;
        }
        model.addAttribute("a", rows.of(alerts.find(alertId, currentUnit.viewer(actor)).orElseThrow(() -> new NotFound("No alert with id " + alertId + "."))));
        model.addAttribute(done ? "rowStatus" : "rowError", message);
        return "console/alert-row :: row";
    }

    @GetMapping(path = "/console/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestParam(required = false) String state, @RequestParam(required = false) String severity,
                      @RequestParam(required = false) String type, CsrfToken csrf, Authentication caller,
                      HttpServletRequest request) throws IOException {
        // The token is copied now: rows rendered later, on another thread, carry it in their plain-form fallback.
        return stream.open(InboxFilter.of(state, severity, type),
                new DefaultCsrfToken(csrf.getHeaderName(), csrf.getParameterName(), csrf.getToken()), caller,
                StreamedDisclosures.Opener.of(request, caller));
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
