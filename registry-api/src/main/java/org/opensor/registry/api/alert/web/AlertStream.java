package org.opensor.registry.api.alert.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent-event streams open on this instance. A committed change of an alert, made on this instance or
 * another ({@link AlertChanged}), is sent to every stream as an {@code alert} event carrying the officer's view of
 * it; a comment every 20 seconds keeps proxies from closing idle streams and finds streams whose caller has gone.
 * On shutdown every stream is completed first, so that graceful shutdown does not wait for streams that never end
 * (clients reconnect to another instance, which hears the same changes).
 */
@Component
class AlertStream implements SmartLifecycle {

    /** How long one stream stays open; the client reconnects after (EventSource does so by itself). */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** One open stream and who opened it: each alert is sent only to the streams whose caller may see its registrant. */
    private record Listener(SseEmitter emitter, Authentication caller, StreamedDisclosures.Opener opener)
            implements OpenAlertStreams.Stream {}

    private final OpenAlertStreams<Listener> listeners;
    private final AlertService alerts;
    private final AlertViews views;
    private final CurrentUnit currentUnit;
    private volatile boolean running;

    AlertStream(AlertService alerts, AlertViews views, CurrentUnit currentUnit, StreamedDisclosures disclosures) {
        this.alerts = alerts;
        this.views = views;
        this.currentUnit = currentUnit;
        this.listeners = new OpenAlertStreams<>(disclosures);
    }

    SseEmitter open(Authentication caller, StreamedDisclosures.Opener opener) {
        return listeners.add(new Listener(new SseEmitter(TIMEOUT.toMillis()), caller, opener));
    }

    @EventListener
    void changed(AlertChanged change) {
        if (listeners.all().isEmpty()) {
            return;
        }
        // The unit is read again for every change: an officer moved to another unit stops hearing the old unit's
        // alerts.
        Map<Viewer, Optional<AlertResponse>> viewOf = new HashMap<>();
        for (Listener listener : listeners.all()) {
            viewOf.computeIfAbsent(
                            currentUnit.viewer(listener.caller()),
                            viewer -> alerts.find(change.alertId(), viewer).map(views::of))
                    .filter(view -> listeners.audited(listener, view.subject().registrantId()))
                    .ifPresent(view -> listeners.send(
                            listener,
                            SseEmitter.event()
                                    .name("alert")
                                    .id(view.id() + ":" + view.state())
                                    .data(view)));
        }
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        listeners.keepAlive();
    }

    @Override
    public void start() {
        running = true;
    }

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
