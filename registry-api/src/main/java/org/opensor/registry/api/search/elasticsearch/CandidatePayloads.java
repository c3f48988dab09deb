package org.opensor.registry.api.search.elasticsearch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.opensor.registry.api.search.IndexedRegistrant;
import org.opensor.registry.api.search.IndexedRegistrant.IndexedAlias;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the search-indexer's candidate payload: the UTF-8 JSON of the fields {@link IndexedRegistrant} reads.
 * Fields it does not know are skipped, so the indexer may add some before registry-api reads them.
 *
 * <p>Read token by token rather than bound to the record by a mapper: every candidate of every search is read (a
 * hundred per identity search), and binding took about 6 µs a candidate, as long as scoring it; this takes a
 * fraction of that (docs/benchmarks.md).
 */
final class CandidatePayloads {

    private static final JsonFactory JSON = new JsonFactory();

    private CandidatePayloads() {
    }

    static IndexedRegistrant read(byte[] payload) {
        try (JsonParser parser = JSON.createParser(payload)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
            String registrantId = null;
            long version = 0;
            String familyName = null;
            String givenNames = null;
            String originalScriptName = null;
            String dateOfBirth = null;
            Integer plusMinusYears = null;
            String sex = null;
            List<String> nationalities = null;
            List<IndexedAlias> aliases = null;
            List<String> documentNumbers = null;
            for (String field = parser.nextName(); field != null; field = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "registrantId" -> registrantId = text(parser, value);
                    case "version" -> version = value == JsonToken.VALUE_NULL ? 0 : parser.getLongValue();
                    case "familyName" -> familyName = text(parser, value);
                    case "givenNames" -> givenNames = text(parser, value);
                    case "originalScriptName" -> originalScriptName = text(parser, value);
                    case "dateOfBirth" -> dateOfBirth = text(parser, value);
                    case "dateOfBirthPlusMinusYears" -> plusMinusYears = value == JsonToken.VALUE_NULL ? null : parser.getIntValue();
                    case "sex" -> sex = text(parser, value);
                    case "nationalities" -> nationalities = list(parser, value, item -> text(parser, item));
                    case "aliases" -> aliases = list(parser, value, item -> alias(parser, item));
                    case "documentNumbers" -> documentNumbers = list(parser, value, item -> text(parser, item));
                    default -> parser.skipChildren();
                }
            }
            return new IndexedRegistrant(registrantId, version, familyName, givenNames, originalScriptName, dateOfBirth,
                    plusMinusYears, sex, nationalities, aliases, documentNumbers);
        }
    }

    /** The items of an array, each read by {@code item} from its first token, or null for a null. */
    private static <T> List<T> list(JsonParser parser, JsonToken value, Function<JsonToken, T> item) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(parser, value, JsonToken.START_ARRAY);
        List<T> items = new ArrayList<>(2);
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            items.add(item.apply(next));
        }
        return items;
    }

    private static IndexedAlias alias(JsonParser parser, JsonToken value) {
        expect(parser, value, JsonToken.START_OBJECT);
        String familyName = null;
        String givenNames = null;
        String fullName = null;
        String dateOfBirth = null;
        for (String field = parser.nextName(); field != null; field = parser.nextName()) {
            JsonToken token = parser.nextToken();
            switch (field) {
                case "familyName" -> familyName = text(parser, token);
                case "givenNames" -> givenNames = text(parser, token);
                case "fullName" -> fullName = text(parser, token);
                case "dateOfBirth" -> dateOfBirth = text(parser, token);
                default -> parser.skipChildren();
            }
        }
        return new IndexedAlias(familyName, givenNames, fullName, dateOfBirth);
    }

    private static String text(JsonParser parser, JsonToken value) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(parser, value, JsonToken.VALUE_STRING);
        return parser.getString();
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            // Names the tokens only: the payload holds a person's names.
            throw new IllegalStateException("candidate payload: expected " + expected + " but found " + actual);
        }
    }
}
