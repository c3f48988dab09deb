package org.opensor.registry.api.search.elasticsearch;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.List;
import org.opensor.registry.matching.keys.IdentityKeys;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON of the candidate searches, written token by token: the typed client built a query object per key and
 * then serialized it, for a hundred searches a second, each of a few dozen keys.
 */
final class SearchBodies {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String KEYS = "keys";
    /** Far below Elasticsearch's clause limit; a query has a few dozen keys. */
    private static final int MAX_KEYS = 512;

    private SearchBodies() {}

    /**
     * An {@code _msearch} body (NDJSON, the index named in the path): per key set one search for the best {@code size}
     * registrants sharing any key, each hit bringing doc value {@code field} and no stored field.
     */
    static byte[] anyKeyOfEach(List<? extends Collection<String>> keySets, int size, String field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 * keySets.size());
        for (Collection<String> keys : keySets) {
            out.writeBytes(EMPTY_HEADER);
            try (JsonGenerator json = JSON.createGenerator(out)) {
                startSearch(json, size, field);
                json.writeName("bool");
                json.writeStartObject();
                json.writeArrayPropertyStart("should");
                int written = 0;
                for (String key : keys) {
                    if (written++ == MAX_KEYS) {
                        break;
                    }
                    term(json, key, (float) IdentityKeys.boostOf(key));
                }
                json.writeEndArray();
                json.writeStringProperty("minimum_should_match", "1");
                json.writeEndObject();
                endSearch(json);
            }
            out.write('\n');
        }
        return out.toByteArray();
    }

    /**
     * An {@code _msearch} body of one search: {@code documentKey} exactly, weighing double, or one edit from it (a
     * transposition counted as one) with the first {@code prefixLength} characters kept.
     */
    static byte[] nearDocument(String documentKey, int prefixLength, int size, String field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        out.writeBytes(EMPTY_HEADER);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            startSearch(json, size, field);
            json.writeName("bool");
            json.writeStartObject();
            json.writeArrayPropertyStart("should");
            term(json, documentKey, 2f);
            json.writeStartObject();
            json.writeName("fuzzy");
            json.writeStartObject();
            json.writeName(KEYS);
            json.writeStartObject();
            json.writeStringProperty("value", documentKey);
            json.writeStringProperty("fuzziness", "1");
            json.writeNumberProperty("prefix_length", prefixLength);
            json.writeBooleanProperty("transpositions", true);
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeStringProperty("minimum_should_match", "1");
            json.writeEndObject();
            endSearch(json);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /** A {@code _search} body: the registrants whose {@code idField} is one of {@code ids}, each bringing {@code field}. */
    static byte[] byIds(String idField, List<String> ids, String field) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * ids.size() + 128);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            startSearch(json, ids.size(), field);
            json.writeName("terms");
            json.writeStartObject();
            json.writeArrayPropertyStart(idField);
            for (String id : ids) {
                json.writeString(id);
            }
            json.writeEndArray();
            json.writeEndObject();
            endSearch(json);
        }
        return out.toByteArray();
    }

    private static final byte[] EMPTY_HEADER = "{}\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Opens the search and its query object: total hits not counted, no stored fields, the one doc value. */
    private static void startSearch(JsonGenerator json, int size, String field) {
        json.writeStartObject();
        json.writeNumberProperty("size", size);
        json.writeBooleanProperty("track_total_hits", false);
        // No stored fields at all: reading even the _id opens the stored-fields block that holds the whole document.
        json.writeStringProperty("stored_fields", "_none_");
        json.writeArrayPropertyStart("docvalue_fields");
        json.writeStartObject();
        json.writeStringProperty("field", field);
        json.writeEndObject();
        json.writeEndArray();
        json.writeName("query");
        json.writeStartObject();
    }

    private static void endSearch(JsonGenerator json) {
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void term(JsonGenerator json, String key, float boost) {
        json.writeStartObject();
        json.writeName("term");
        json.writeStartObject();
        json.writeName(KEYS);
        json.writeStartObject();
        json.writeStringProperty("value", key);
        if (boost != 1f) {
            json.writeNumberProperty("boost", boost);
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }
}
