package org.opensor.registry.api.alert.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opensor.registry.api.alert.AlertChanged;
import org.opensor.registry.api.alert.AlertService;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
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

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final AlertService alerts;
    private final AlertViews views;
    private volatile boolean running;

    AlertStream(AlertService alerts, AlertViews views) {
        this.alerts = alerts;
        this.views = views;
    }

    SseEmitter open() {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        emitters.add(emitter);
        return emitter;
    }

    @EventListener
    void changed(AlertChanged change) {
        if (emitters.isEmpty()) {
            return;
        }
        alerts.find(change.alertId()).map(views::of).ifPresent(view -> {
            for (SseEmitter emitter : emitters) {
                send(emitter, SseEmitter.event().name("alert").id(view.id() + ":" + view.state()).data(view));
            }
        });
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        for (SseEmitter emitter : emitters) {
            send(emitter, SseEmitter.event().comment("keep-alive"));
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        for (SseEmitter emitter : emitters) {
            emitters.remove(emitter);
            emitter.complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitters.remove(emitter);
            emitter.completeWithError(e);
        }
    }
}
