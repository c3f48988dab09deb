package org.opensor.registry.api.search.elasticsearch;

import org.opensor.registry.api.search.IndexedRegistrant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the search-indexer's candidate payload: the UTF-8 JSON of the fields {@link IndexedRegistrant} reads,
 * {@code registrantId} first. Fields it does not know are skipped, so the indexer may add some before registry-api
 * reads them.
 */
final class CandidatePayloads {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CandidatePayloads() {
    }

    static IndexedRegistrant read(byte[] payload) {
        return JSON.readValue(payload, IndexedRegistrant.class);
    }

    /**
     * The registrant id from the first field, without reading the rest (a remembered registrant is not parsed
     * again), or null if the payload does not start with it.
     */
    static String registrantId(byte[] payload) {
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() == JsonToken.START_OBJECT && "registrantId".equals(parser.nextName())
                    && parser.nextToken() == JsonToken.VALUE_STRING) {
                return parser.getString();
            }
            return null;
        }
    }
}
