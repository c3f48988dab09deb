package org.opensor.registry.indexer.registrant;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaderReader;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.index.RegistrantDocument;
import org.opensor.registry.support.ReadBatch;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one search document per registrant from {@code registry.registrants.v1}. Idempotent: a document is
 * stored with the registrant's version, so the same event twice, or an older event after a newer one, changes
 * nothing. An event it cannot read goes to the dead-letter topic (see service-support).
 */
@Component
class RegistrantProjection {

    private final RegistrantIndex index;
    private final MeterRegistry meters;

    RegistrantProjection(RegistrantIndex index, MeterRegistry meters) {
        this.index = index;
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIndex() {
        index.ensureExists();
    }

    /**
     * One poll, one bulk request. A malformed record stops the batch at its index: the documents before it are
     * stored, then the error handler sends just that record to the dead-letter topic ({@link ReadBatch}). A failed bulk request fails the whole
     * poll, which is tried again; storing is idempotent (external versions), so nothing is stored twice.
     */
    @KafkaListener(
            topics = Topics.REGISTRANTS,
            groupId = "search-indexer",
            autoStartup = "${registry.indexer.live:true}",
            batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        ReadBatch<RegistrantDocument> batch = ReadBatch.of(records, RegistrantProjection::documentOf);
        for (RegistrantIndex.Outcome outcome :
                index.store(batch.read().stream().filter(Objects::nonNull).toList())) {
            meters.counter("registry.indexer.events", "outcome", outcome.name().toLowerCase())
                    .increment();
        }
        batch.failIfMalformed();
    }

    /**
     * The search document an event carries, or null for an event the index does not need: a restriction change
     * (registry-api applies restrictions to every search itself, so the index holds no restriction) or a release guard
     * (an alert's trigger, no state).
     *
     * @throws MalformedEventException when the event cannot be read (it belongs on the dead-letter topic)
     */
    static RegistrantDocument documentOf(ConsumerRecord<String, byte[]> record) {
        String eventId = CloudEventHeaderReader.eventId(record).toString();
        String type = CloudEventHeaderReader.type(record);
        if (RegistrantEventTypes.RESTRICTION_CHANGED_V1.equals(type)
                || RegistrantEventTypes.DECREE_APPLIED_V1.equals(type)
                || RegistrantEventTypes.RELEASE_GUARD_RAISED_V1.equals(type)
                || RegistrantEventTypes.PERSONAL_DATA_ERASED_V1.equals(type)) {
            // Who may see the record, a decree's effect and a release guard change nothing the index holds; nor does an
            // erasure, which follows a de-registration whose document already holds no name.
            return null;
        }
        // Every registrant state type carries the full state: each one replaces the document (if newer); a
        // de-registration replaces it with a nameless one.
        if (!RegistrantEventTypes.ALL.contains(type)) {
            throw new MalformedEventException("unknown event type '" + type + "' on " + record.topic());
        }
        RegistrantStateV1 state = EventCodec.read(record.value(), RegistrantStateV1.class);
        if (!state.registrantId().toString().equals(record.key())) {
            throw new MalformedEventException("key " + record.key() + " is not the registrant id of the payload");
        }
        return RegistrantDocument.fromEvent(type, state, eventId);
    }
}
