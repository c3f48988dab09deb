package org.opensor.registry.api.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.audit.StreamedDisclosures;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Issue 25 finding 7: a browser closing the alert desk logged three ERROR stack traces, because the failed write was
 * handed to the error handlers as if the registry had failed. A client that left is forgotten quietly.
 */
class OpenAlertStreamsTest {

    record Stream(SseEmitter emitter, StreamedDisclosures.Opener opener) implements OpenAlertStreams.Stream {}

    @Test
    void aBrowserThatLeftIsForgottenWithoutAnError() {
        AtomicReference<Throwable> completedWithError = new AtomicReference<>();
        SseEmitter gone = new SseEmitter() {
            @Override
            public void send(SseEventBuilder builder) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void completeWithError(Throwable ex) {
                completedWithError.set(ex);
            }
        };
        OpenAlertStreams<Stream> streams = new OpenAlertStreams<>(null);
        streams.add(new Stream(gone, null));

        streams.keepAlive();

        assertThat(streams.all()).isEmpty();
        assertThat(completedWithError.get()).as("handed to the error handlers").isNull();
    }
}
