package org.opensor.registry.api.search.elasticsearch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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

    private static final byte[] ID_FIELD = "{\"registrantId\":\"".getBytes(StandardCharsets.US_ASCII);

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
        // The indexer writes the id first, unescaped ASCII (a UUID): read it from the bytes, as a parser per candidate
        // was a twentieth of what an identity search allocated. Anything else goes to the parser.
        int start = ID_FIELD.length;
        if (payload.length > start && Arrays.equals(payload, 0, start, ID_FIELD, 0, start)) {
            for (int i = start; i < payload.length; i++) {
                byte b = payload[i];
                if (b == '"') {
                    return new String(payload, start, i - start, StandardCharsets.US_ASCII);
                }
                if (b == '\\' || b < 0x20) {
                    break; // escaped or not ASCII (negative): let the parser decide
                }
            }
        }
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() == JsonToken.START_OBJECT && "registrantId".equals(parser.nextName())
                    && parser.nextToken() == JsonToken.VALUE_STRING) {
                return parser.getString();
            }
            return null;
        }
    }
}
