package org.opensor.registry.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Elasticsearch mapping of the registrant index, as a JSON resource that the search-indexer creates its indices
 * with and registry-api's tests create theirs with. Strict, so a field the mapping lacks is refused, not guessed;
 * aliases are kept, not indexed; {@code keys} and {@code candidate} are left out of {@code _source}, since they are
 * most of a document and a search reads the candidate from its doc value.
 */
public final class RegistrantIndexMapping {

    /** The binary doc-value field holding the {@link CandidatePayload}. */
    public static final String CANDIDATE = "candidate";
    /** The keyword field of the retrieval keys. */
    public static final String KEYS = "keys";

    private static final String RESOURCE = "registrants-mapping.json";

    private RegistrantIndexMapping() {}

    /** The mapping's JSON (the body of a create-index request's {@code mappings}); the caller closes the stream. */
    public static InputStream open() {
        InputStream json = RegistrantIndexMapping.class.getResourceAsStream(RESOURCE);
        if (json == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return json;
    }

    /** The mapping's JSON as text. */
    public static String json() {
        try (InputStream json = open()) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
