package org.opensor.registry.api.search.elasticsearch;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.index.RegistrantIndexMapping;
import org.springframework.dao.DataAccessResourceFailureException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The hits of candidate searches read straight from Elasticsearch's response, token by token: the typed client turned
 * every hit's fields into JSON-P values and the payload into a string before the search could decode it, about as much
 * allocation again as reading the payloads themselves.
 */
final class SearchHits {

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One hit: its score and the first value of the one doc value asked for, the payload decoded from Base64 or the
     * text; null where the hit has none.
     */
    record Hit(Double score, byte[] payload, String text) {}

    private SearchHits() {}

    /** The hits of each search of an {@code _msearch} response, in order; a failed search fails them all. */
    static List<List<Hit>> ofEach(InputStream response, String field) {
        try (JsonParser parser = JSON.createParser(response)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            List<List<Hit>> all = null;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if ("responses".equals(name)) {
                    expect(value, JsonToken.START_ARRAY);
                    all = new ArrayList<>();
                    for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                        all.add(ofOne(parser, item, field));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (all == null) {
                throw new DataAccessResourceFailureException("candidate search failed: no responses");
            }
            return all;
        }
    }

    /** The hits of a {@code _search} response. */
    static List<Hit> of(InputStream response, String field) {
        try (JsonParser parser = JSON.createParser(response)) {
            return ofOne(parser, parser.nextToken(), field);
        }
    }

    private static List<Hit> ofOne(JsonParser parser, JsonToken start, String field) {
        expect(start, JsonToken.START_OBJECT);
        List<Hit> hits = null;
        String error = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "hits" -> hits = hits(parser, value, field);
                case "error" -> error = errorType(parser, value);
                default -> parser.skipChildren();
            }
        }
        if (error != null || hits == null) {
            // The type only: a reason may quote the query, and the query holds a person's names. A missing index (not
            // built yet) or failed shards is an index that cannot answer now: the caller gets 503 and retries.
            throw new DataAccessResourceFailureException(
                    "candidate search failed: " + (error == null ? "no hits" : error));
        }
        return hits;
    }

    private static List<Hit> hits(JsonParser parser, JsonToken start, String field) {
        expect(start, JsonToken.START_OBJECT);
        List<Hit> hits = List.of();
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if ("hits".equals(name)) {
                expect(value, JsonToken.START_ARRAY);
                hits = new ArrayList<>();
                for (JsonToken hit = parser.nextToken(); hit != JsonToken.END_ARRAY; hit = parser.nextToken()) {
                    hits.add(hit(parser, hit, field));
                }
            } else {
                parser.skipChildren();
            }
        }
        return hits;
    }

    private static Hit hit(JsonParser parser, JsonToken start, String field) {
        expect(start, JsonToken.START_OBJECT);
        Double score = null;
        byte[] payload = null;
        String text = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if ("_score".equals(name)) {
                score = value == JsonToken.VALUE_NULL ? null : parser.getDoubleValue();
            } else if ("fields".equals(name) && value == JsonToken.START_OBJECT) {
                for (String f = parser.nextName(); f != null; f = parser.nextName()) {
                    JsonToken values = parser.nextToken();
                    if (field.equals(f) && values == JsonToken.START_ARRAY) {
                        if (parser.nextToken() == JsonToken.VALUE_STRING) {
                            // A binary doc value comes as Base64: decoded from the parser's buffer, no string between.
                            if (RegistrantIndexMapping.CANDIDATE.equals(field)) {
                                payload = parser.getBinaryValue();
                            } else {
                                text = parser.getString();
                            }
                        }
                        while (parser.currentToken() != JsonToken.END_ARRAY) {
                            parser.skipChildren();
                            parser.nextToken();
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        return new Hit(score, payload, text);
    }

    private static String errorType(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            return "error";
        }
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return "error";
        }
        String type = "error";
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            if ("type".equals(name) && token == JsonToken.VALUE_STRING) {
                type = parser.getString();
            } else {
                parser.skipChildren();
            }
        }
        return type;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new DataAccessResourceFailureException(
                    "candidate search: unexpected response, " + expected + " expected but " + actual + " found");
        }
    }
}
