package org.opensor.registry.api.alert.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.util.UUID;
import org.opensor.registry.api.alert.AlertFilter;
import org.opensor.registry.api.alert.AlertPage;
import org.opensor.registry.api.alert.AlertService;
import org.opensor.registry.api.alert.AlertState;
import org.opensor.registry.api.audit.StreamedDisclosures;
import org.opensor.registry.api.refusal.Texts;
import org.opensor.registry.api.security.CurrentUnit;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code /api/v1/alerts}: the inbox of border and police officers. List and filter, acknowledge (which stops the
 * worker's escalation), and follow new and changed alerts live as server-sent events. Alerts on records restricted
 * to other units are not listed, not streamed and may not be acknowledged.
 */
@RestController
@RequestMapping("/api/v1/alerts")
class AlertController {

    private final AlertService alerts;
    private final AlertViews views;
    private final AlertStream stream;
    private final CurrentUnit currentUnit;

    AlertController(AlertService alerts, AlertViews views, AlertStream stream, CurrentUnit currentUnit) {
        this.alerts = alerts;
        this.views = views;
        this.stream = stream;
        this.currentUnit = currentUnit;
    }

    @GetMapping
    AlertResponse.Page list(
            @RequestParam(required = false) AlertState state,
            @RequestParam(required = false) String severity,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String recipient,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            Authentication caller) {
        AlertPage found = alerts.list(
                new AlertFilter(
                        state, Texts.blankToNull(severity), Texts.blankToNull(type), Texts.blankToNull(recipient)),
                currentUnit.viewer(caller),
                page,
                size);
        return new AlertResponse.Page(
                found.items().stream().map(views::of).toList(),
                page,
                size,
                found.totalElements(),
                (found.totalElements() + size - 1) / size);
    }

    @PostMapping("/{id}/acknowledgement")
    AlertResponse acknowledge(
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) AcknowledgementRequest request,
            Authentication actor) {
        return views.of(alerts.acknowledge(
                id, actor.getName(), request == null ? null : request.note(), currentUnit.viewer(actor)));
    }

    /** New and changed alerts as they are committed, as {@code alert} events; opens with a {@code ready} event. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Authentication caller, HttpServletRequest request) throws IOException {
        SseEmitter emitter = stream.open(caller, StreamedDisclosures.Opener.of(request, caller));
        emitter.send(SseEmitter.event().name("ready").data("listening"));
        return emitter;
    }
}
