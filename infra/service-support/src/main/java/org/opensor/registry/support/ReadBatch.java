package org.opensor.registry.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * A batch listener's poll, read up to its first malformed record. The listener stores what was read, then calls
 * {@link #failIfMalformed()}: {@link BatchListenerFailedException} makes the error handler commit the offsets before
 * the bad record, send just that one to the dead-letter topic (see {@link DeadLetterAutoConfiguration}) and hand the
 * rest to the next poll.
 *
 * @param read      what the records before the first malformed one read as, in order
 * @param malformed the failure to throw for the first malformed record, or null when there is none
 */
public record ReadBatch<T>(List<T> read, BatchListenerFailedException malformed) {

    /** Reads {@code records} with {@code reader}, which throws {@link MalformedEventException} for a bad record. */
    public static <K, V, T> ReadBatch<T> of(
            List<ConsumerRecord<K, V>> records, Function<ConsumerRecord<K, V>, T> reader) {
        List<T> read = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                read.add(reader.apply(records.get(i)));
            } catch (MalformedEventException e) {
                return new ReadBatch<>(read, new BatchListenerFailedException(e.getMessage(), e, i));
            }
        }
        return new ReadBatch<>(read, null);
    }

    /** Throws the failure for the malformed record, if there was one. */
    public void failIfMalformed() {
        if (malformed != null) {
            throw malformed;
        }
    }
}
