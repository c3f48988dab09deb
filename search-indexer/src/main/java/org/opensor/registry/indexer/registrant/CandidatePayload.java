package org.opensor.registry.indexer.registrant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What registry-api's identity search reads of a registrant, as one value for a binary doc-value field
 * ({@code candidate}): Base64 of the UTF-8 JSON of the fields below, nulls left out.
 *
 * <p>Why a second copy of these fields: a search names its 100 candidates, and reading their stored fields was a
 * second request to Elasticsearch that decompressed a stored-field block per candidate (a fifth of Elasticsearch's
 * CPU per search at 1,000,000 registrants). A doc value is read in the search's own fetch phase, uncompressed.
 */
public final class CandidatePayload {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** The fields, in the order written; registry-api's {@code IndexedRegistrant} reads the same names. */
    record Candidate(String registrantId, long version, String familyName, String givenNames, String originalScriptName,
                     String dateOfBirth, Integer dateOfBirthPlusMinusYears, String sex, List<String> nationalities,
                     List<RegistrantDocument.AliasDocument> aliases, List<String> documentNumbers) {
    }

    private CandidatePayload() {
    }

    static String of(Candidate candidate) {
        return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(candidate));
    }
}
