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
            Locale locale)
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
        SseEmitter emitter =
                listeners.add(new Listener(new SseEmitter(TIMEOUT.toMillis()), filter, csrf, caller, opener, locale));
        // Sends the headers at once, so the browser knows the stream is open.
        emitter.send(SseEmitter.event().comment("listening"));
        return emitter;
    }

    @EventListener
    void changed(AlertChanged change) {
        if (listeners.all().isEmpty()) {
            return;
        }
        // The unit is read again for every change: an officer moved to another unit stops seeing the old unit's alerts.
        Map<Viewer, Optional<Alert>> alertFor = new HashMap<>();
        Map<Locale, Map<Alert, AlertRow>> rowIn = new HashMap<>();
        for (Listener listener : listeners.all()) {
            alertFor.computeIfAbsent(
                            currentUnit.viewer(listener.caller()), viewer -> alerts.find(change.alertId(), viewer))
                    .map(alert -> rowIn.computeIfAbsent(listener.locale(), l -> new HashMap<>())
                            .computeIfAbsent(alert, a -> rows.of(a, listener.locale())))
                    .ifPresent(row -> {
                        boolean isNew = "OPEN".equals(row.state());
                        if ((!isNew || listener.filter().admits(row))
                                && listeners.audited(listener, row.registrantId())) {
                            listeners.send(
                                    listener,
                                    SseEmitter.event()
                                            .name(EVENT)
                                            .id(row.id() + ":" + row.state())
                                            .data(render(row, isNew, listener.csrf(), listener.locale())));
                        }
                    });
        }
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        listeners.keepAlive();
    }

    /** One line of HTML: an event's data may not hold a bare line break. */
    String render(AlertRow row, boolean isNew, CsrfToken csrf, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("a", row);
        context.setVariable("fresh", isNew);
        context.setVariable("oob", !isNew);
        context.setVariable("_csrf", csrf);
        context.setVariable("thumbnails", rows.thumbnails(java.util.List.of(row)));
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
