package org.opensor.registry.index;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.opensor.registry.index.IndexedRegistrant.IndexedAlias;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * An {@link IndexedRegistrant} as one value of the binary doc-value field {@code candidate}: Base64 of the UTF-8
 * JSON of its fields, nulls left out. A search reads its candidates from this field in its own fetch phase, where
 * stored fields would cost a second request and a decompressed block per candidate.
 *
 * <p>Written and read token by token rather than bound by a mapper: every candidate of every search is read (a hundred
 * per identity search), and binding cost as long as scoring it. The reader skips fields it does not know, so a writer
 * may add one before the readers know it.
 */
public final class CandidatePayload {

    private static final JsonFactory JSON = new JsonFactory();

    private CandidatePayload() {}

    /** The Base64 payload of {@code registrant}, as the index stores it. */
    public static String write(IndexedRegistrant registrant) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            string(json, "registrantId", registrant.registrantId());
            json.writeNumberProperty("version", registrant.version());
            string(json, "familyName", registrant.familyName());
            string(json, "givenNames", registrant.givenNames());
            string(json, "originalScriptName", registrant.originalScriptName());
            string(json, "dateOfBirth", registrant.dateOfBirth());
            if (registrant.dateOfBirthPlusMinusYears() != null) {
                json.writeNumberProperty(
                        "dateOfBirthPlusMinusYears",
                        registrant.dateOfBirthPlusMinusYears().intValue());
            }
            string(json, "sex", registrant.sex());
            strings(json, "nationalities", registrant.nationalities());
            json.writeArrayPropertyStart("aliases");
            for (IndexedAlias alias : registrant.aliases()) {
                json.writeStartObject();
                string(json, "familyName", alias.familyName());
                string(json, "givenNames", alias.givenNames());
                string(json, "fullName", alias.fullName());
                string(json, "dateOfBirth", alias.dateOfBirth());
                json.writeEndObject();
            }
            json.writeEndArray();
            strings(json, "documentNumbers", registrant.documentNumbers());
            json.writeEndObject();
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The registrant in a Base64 payload as {@link #write} makes it. */
    public static IndexedRegistrant read(String base64) {
        return read(Base64.getDecoder().decode(base64));
    }

    /** The registrant in the UTF-8 JSON of a payload (the payload decoded from Base64). */
    public static IndexedRegistrant read(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
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
                    case "dateOfBirthPlusMinusYears" ->
                        plusMinusYears = value == JsonToken.VALUE_NULL ? null : parser.getIntValue();
                    case "sex" -> sex = text(parser, value);
                    case "nationalities" -> nationalities = list(parser, value, item -> text(parser, item));
                    case "aliases" -> aliases = list(parser, value, item -> alias(parser, item));
                    case "documentNumbers" -> documentNumbers = list(parser, value, item -> text(parser, item));
                    default -> parser.skipChildren();
                }
            }
            return new IndexedRegistrant(
                    registrantId,
                    version,
                    familyName,
                    givenNames,
                    originalScriptName,
                    dateOfBirth,
                    plusMinusYears,
                    sex,
                    nationalities,
                    aliases,
                    documentNumbers);
        }
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        json.writeArrayPropertyStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** The items of an array, each read by {@code item} from its first token, or null for a null. */
    private static <T> List<T> list(JsonParser parser, JsonToken value, Function<JsonToken, T> item) {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY);
        List<T> items = new ArrayList<>(2);
        for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
            items.add(item.apply(next));
        }
        return items;
    }

    private static IndexedAlias alias(JsonParser parser, JsonToken value) {
        expect(value, JsonToken.START_OBJECT);
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
        expect(value, JsonToken.VALUE_STRING);
        return parser.getString();
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            // Names the tokens only: the payload holds a person's names.
            throw new IllegalStateException("candidate payload: expected " + expected + " but found " + actual);
        }
    }
}
