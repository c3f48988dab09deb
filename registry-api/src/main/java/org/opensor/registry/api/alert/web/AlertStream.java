package org.opensor.registry.api.alert.web;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opensor.registry.api.alert.AlertChanged;
import org.opensor.registry.api.alert.AlertService;
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
    private record Listener(SseEmitter emitter, Authentication caller, StreamedDisclosures.Opener opener) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AlertService alerts;
    private final AlertViews views;
    private final CurrentUnit currentUnit;
    private final StreamedDisclosures disclosures;
    private volatile boolean running;

    AlertStream(AlertService alerts, AlertViews views, CurrentUnit currentUnit, StreamedDisclosures disclosures) {
        this.alerts = alerts;
        this.views = views;
        this.currentUnit = currentUnit;
        this.disclosures = disclosures;
    }

    SseEmitter open(Authentication caller, StreamedDisclosures.Opener opener) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Listener listener = new Listener(emitter, caller, opener);
        emitter.onCompletion(() -> listeners.remove(listener));
        emitter.onTimeout(() -> listeners.remove(listener));
        emitter.onError(e -> listeners.remove(listener));
        listeners.add(listener);
        return emitter;
    }

    @EventListener
    void changed(AlertChanged change) {
        if (listeners.isEmpty()) {
            return;
        }
        // The unit is read again for every change: an officer moved to another unit stops hearing the old unit's alerts.
        Map<Viewer, Optional<AlertResponse>> viewOf = new HashMap<>();
        for (Listener listener : listeners) {
            viewOf.computeIfAbsent(currentUnit.viewer(listener.caller()), viewer -> alerts.find(change.alertId(), viewer).map(views::of))
                    .filter(view -> audited(listener, view.subject().registrantId()))
                    .ifPresent(view -> send(listener, SseEmitter.event().name("alert").id(view.id() + ":" + view.state()).data(view)));
        }
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        for (Listener listener : listeners) {
            send(listener, SseEmitter.event().comment("keep-alive"));
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (Listener listener : listeners) {
            listeners.remove(listener);
            listener.emitter().complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Each alert sent is a read of its registrant, audited first; a stream that cannot be audited is closed. */
    private boolean audited(Listener listener, java.util.UUID registrantId) {
        try {
            disclosures.sent(listener.opener(), registrantId);
            return true;
        } catch (RuntimeException e) {
            listeners.remove(listener);
            listener.emitter().completeWithError(e);
            return false;
        }
    }

    private void send(Listener listener, SseEmitter.SseEventBuilder event) {
        try {
            listener.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            listeners.remove(listener);
            listener.emitter().completeWithError(e);
        }
    }
}
