package org.opensor.registry.api.alert;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opensor.registry.api.audit.StreamedDisclosures;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The server-sent-event streams of one kind open on this instance (the API's and the console's), kept alike: a
 * stream that fails to send or cannot be audited is closed and forgotten, and shutdown completes every stream.
 *
 * @param <S> one open stream with what its kind needs to decide what to send it
 */
public final class OpenAlertStreams<S extends OpenAlertStreams.Stream> {

    /** What every open stream has: its emitter and who opened it (for the audit of each record sent). */
    public interface Stream {
        SseEmitter emitter();

        StreamedDisclosures.Opener opener();
    }

    private final List<S> streams = new CopyOnWriteArrayList<>();
    private final StreamedDisclosures disclosures;

    public OpenAlertStreams(StreamedDisclosures disclosures) {
        this.disclosures = disclosures;
    }

    /** Keeps the stream until it completes, times out or fails. */
    public SseEmitter add(S stream) {
        SseEmitter emitter = stream.emitter();
        emitter.onCompletion(() -> streams.remove(stream));
        emitter.onTimeout(() -> streams.remove(stream));
        emitter.onError(e -> streams.remove(stream));
        streams.add(stream);
        return emitter;
    }

    public List<S> all() {
        return streams;
    }

    /** Each record sent is a read of its registrant, audited first; a stream that cannot be audited is closed. */
    public boolean audited(S stream, UUID registrantId) {
        try {
            disclosures.sent(stream.opener(), registrantId);
            return true;
        } catch (RuntimeException e) {
            close(stream, e);
            return false;
        }
    }

    public void send(S stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            // The browser left (or the stream had ended): forget it. Completing it with an error would hand a client's
            // goodbye to the error handlers, which logged it as a failure of ours; the container ends the request.
            streams.remove(stream);
        }
    }

    /** A comment that keeps proxies from closing idle streams and finds streams whose caller has gone. */
    public void keepAlive() {
        for (S stream : streams) {
            send(stream, SseEmitter.event().comment("keep-alive"));
        }
    }

    /** Completes every stream, so that graceful shutdown does not wait for streams that never end. */
    public void completeAll() {
        for (S stream : streams) {
            streams.remove(stream);
            stream.emitter().complete();
        }
    }

    private void close(S stream, Exception cause) {
        streams.remove(stream);
        stream.emitter().completeWithError(cause);
    }
}
