package org.opensor.registry.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.envelope.CloudEventHeaderReader;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.MalformedEventException;

class CloudEventHeaderReaderTest {

    private final UUID id = UUID.randomUUID();

    @Test
    void readsTheIdTypeAndKeyOfAnEvent() {
        ConsumerRecord<String, byte[]> record =
                record("7f1c", id.toString(), "org.opensor.registry.registrant.registered.v1");

        assertThat(CloudEventHeaderReader.eventId(record)).isEqualTo(id);
        assertThat(CloudEventHeaderReader.type(record)).isEqualTo("org.opensor.registry.registrant.registered.v1");
        assertThat(CloudEventHeaderReader.key(record)).isEqualTo("7f1c");
        assertThat(CloudEventHeaderReader.header(record, CloudEventHeaders.SOURCE))
                .isNull();
    }

    @Test
    void aMissingOrMalformedEnvelopeMakesTheEventMalformed() {
        assertThatThrownBy(() -> CloudEventHeaderReader.eventId(record("k", null, "t")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(CloudEventHeaders.ID);
        assertThatThrownBy(() -> CloudEventHeaderReader.eventId(record("k", "not-a-uuid", "t")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("UUID");
        assertThatThrownBy(() -> CloudEventHeaderReader.type(record("k", id.toString(), null)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(CloudEventHeaders.TYPE);
        assertThatThrownBy(() -> CloudEventHeaderReader.key(record(null, id.toString(), "t")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("key");
    }

    private static ConsumerRecord<String, byte[]> record(String key, String eventId, String type) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("registry.registrants.v1", 0, 0, key, new byte[0]);
        if (eventId != null) {
            record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        }
        if (type != null) {
            record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
