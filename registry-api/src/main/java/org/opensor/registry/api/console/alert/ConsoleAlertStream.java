package org.opensor.registry.api.console.alert;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opensor.registry.api.alert.Alert;
import org.opensor.registry.api.alert.AlertChanged;
import org.opensor.registry.api.alert.AlertService;
import org.opensor.registry.api.alert.OpenAlertStreams;
import org.opensor.registry.api.audit.StreamedDisclosures;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.api.security.CurrentUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The inbox pages open in browsers on this instance, each fed new and changed alerts as inbox rows in HTML, which
 * htmx's sse extension puts in place: a new alert (state OPEN) at the top when the page's filters admit it, a
 * changed one over its row wherever it is shown (an out-of-band swap). Like the API's stream it is fed by
 * {@link AlertChanged}, which every instance hears for every committed change (PostgreSQL NOTIFY), so a browser
 * sees what arrived from Kafka or was acknowledged on any instance, not only on the one it is connected to.
 */
@Component
class ConsoleAlertStream implements SmartLifecycle {

    /** How long one stream stays open; the sse extension reconnects after. */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    static final String EVENT = "alert";

    /** One open page; {@code caller} decides which alerts it may be sent (records restricted to other units are not). */
    private record Listener(
            SseEmitter emitter,
            InboxFilter filter,
            CsrfToken csrf,
            Authentication caller,
            StreamedDisclosures.Opener opener,
            Locale locale,
            SerialDeliveries deliveries)
            implements OpenAlertStreams.Stream {}

    private final OpenAlertStreams<Listener> listeners;
    private final AlertService alerts;
    private final AlertRows rows;
    private final ITemplateEngine templates;
    private final CurrentUnit currentUnit;
    private volatile boolean running;

    ConsoleAlertStream(
            AlertService alerts,
            AlertRows rows,
            ITemplateEngine templates,
            CurrentUnit currentUnit,
            StreamedDisclosures disclosures) {
        this.alerts = alerts;
        this.rows = rows;
        this.templates = templates;
        this.currentUnit = currentUnit;
        this.listeners = new OpenAlertStreams<>(disclosures);
    }

    /** @param locale the language the page was opened in: its live rows are written in it too */
    SseEmitter open(
            InboxFilter filter, CsrfToken csrf, Authentication caller, StreamedDisclosures.Opener opener, Locale locale)
            throws IOException {
        SseEmitter emitter = listeners.add(new Listener(
                new SseEmitter(TIMEOUT.toMillis()), filter, csrf, caller, opener, locale, new SerialDeliveries()));
        // Sends the headers at once, so the browser knows the stream is open.
        emitter.send(SseEmitter.event().comment("listening"));
        return emitter;
    }

    /**
     * Looks the alert up once per viewer and words its row once per language here, on the thread that hears the
     * change; each page then gets it on its own delivery line, so a page whose audit entry waits for the chain's
     * lock, or whose browser has gone, holds up no other desk and no later change.
     */
    @EventListener
    void changed(AlertChanged change) {
        if (listeners.all().isEmpty()) {
            return;
        }
        // The unit is read again for every change: an officer moved to another unit stops seeing the old unit's alerts.
        Map<Viewer, Optional<Alert>> alertFor = new HashMap<>();
        Map<Locale, Map<Alert, Shown>> shownIn = new HashMap<>();
        for (Listener listener : listeners.all()) {
            alertFor.computeIfAbsent(
                            currentUnit.viewer(listener.caller()), viewer -> alerts.find(change.alertId(), viewer))
                    .map(alert -> shownIn.computeIfAbsent(listener.locale(), l -> new HashMap<>())
                            .computeIfAbsent(alert, a -> shown(rows.of(a, listener.locale()))))
                    .ifPresent(shown -> listener.deliveries().submit(() -> deliver(listener, shown)));
        }
    }

    /** A row as the stream shows it, with its subject's photo looked up once for every page that shows it. */
    private record Shown(AlertRow row, Map<String, String> thumbnails) {}

    private Shown shown(AlertRow row) {
        return new Shown(row, rows.thumbnails(java.util.List.of(row)));
    }

    private void deliver(Listener listener, Shown shown) {
        AlertRow row = shown.row();
        boolean isNew = "OPEN".equals(row.state());
        if ((!isNew || listener.filter().admits(row)) && listeners.audited(listener, row.registrantId())) {
            listeners.send(
                    listener,
                    SseEmitter.event()
                            .name(EVENT)
                            .id(row.id() + ":" + row.state())
                            .data(render(row, isNew, listener.csrf(), listener.locale(), shown.thumbnails())));
        }
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        listeners.keepAlive();
    }

    /** One line of HTML: an event's data may not hold a bare line break. */
    String render(AlertRow row, boolean isNew, CsrfToken csrf, Locale locale) {
        return render(row, isNew, csrf, locale, rows.thumbnails(java.util.List.of(row)));
    }

    private String render(AlertRow row, boolean isNew, CsrfToken csrf, Locale locale, Map<String, String> thumbnails) {
        Context context = new Context(locale);
        context.setVariable("a", row);
        context.setVariable("fresh", isNew);
        context.setVariable("oob", !isNew);
        context.setVariable("_csrf", csrf);
        context.setVariable("thumbnails", thumbnails);
        String html = templates.process("console/alert-row", java.util.Set.of("row"), context);
        String oneLine = html.replaceAll("\\s*\\R\\s*", " ").strip();
        return isNew ? oneLine : "<template>" + oneLine + "</template>";
    }

    @Override
    public void start() {
        running = true;
    }

    /** Completes every stream first, so that graceful shutdown does not wait for streams that never end. */
    @Override
    public void stop() {
        running = false;
        listeners.completeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
