package org.opensor.registry.events.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes event payloads as JSON, strictly: an unknown or missing field is a malformed event,
 * reported with the reason, never silently half-read.
 */
public final class EventCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private EventCodec() {}

    public static byte[] write(Object payload) {
        return MAPPER.writeValueAsBytes(payload);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        if (json == null || json.length == 0) {
            throw new MalformedEventException("empty payload for " + type.getSimpleName());
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            throw new MalformedEventException("cannot read " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
