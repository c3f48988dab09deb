package org.opensor.registry.indexer.registrant;

import java.util.List;

/**
 * One registrant in the search index: the names as recorded, what the re-scoring needs (aliases with their own
 * dates of birth, document numbers), and the matching keys computed in Java by identity-matching (this
 * Elasticsearch has no phonetic, ICU or n-gram analysis). registry-api's identity search reads this shape.
 *
 * @param version                   the registrant version this document shows; Elasticsearch refuses an older one
 * @param dateOfBirthPlusMinusYears when the date of birth is approximate: by how many years either way, else null
 * @param aliases                   other names, stored but not indexed (retrieval goes through {@code keys})
 * @param documentNumbers           identity document numbers as recorded
 * @param lastEventId               the event that produced this document
 * @param changedAt                 ISO-8601 instant of the change (a string: the client's JSON mapper has no java.time support)
 * @param keys                      prefixed retrieval keys (normalized names, skeletons, metaphones, trigrams, dob prefixes)
 * @param candidate                 the fields above that a search reads, in one value ({@link CandidatePayload}); like
 *                                  the keys, left out of {@code _source}
 */
public record RegistrantDocument(String registrantId, long version, String familyName, String givenNames,
                                 String originalScriptName, String dateOfBirth, Integer dateOfBirthPlusMinusYears,
                                 String sex, List<String> nationalities, List<AliasDocument> aliases,
                                 List<String> documentNumbers, List<String> keys, String lastEventId, String changedAt,
                                 String candidate) {

    /** A document with its candidate payload made from its fields. */
    public static RegistrantDocument of(String registrantId, long version, String familyName, String givenNames,
                                        String originalScriptName, String dateOfBirth, Integer dateOfBirthPlusMinusYears,
                                        String sex, List<String> nationalities, List<AliasDocument> aliases,
                                        List<String> documentNumbers, List<String> keys, String lastEventId, String changedAt) {
        String candidate = CandidatePayload.of(new CandidatePayload.Candidate(registrantId, version, familyName, givenNames,
                originalScriptName, dateOfBirth, dateOfBirthPlusMinusYears, sex, nationalities, aliases, documentNumbers));
        return new RegistrantDocument(registrantId, version, familyName, givenNames, originalScriptName, dateOfBirth,
                dateOfBirthPlusMinusYears, sex, nationalities, aliases, documentNumbers, keys, lastEventId, changedAt, candidate);
    }

    /** This document with {@code keys} and {@code candidate} (as read back from the index, whose source leaves them out). */
    public RegistrantDocument withIndexOnlyFields(List<String> keys, String candidate) {
        return new RegistrantDocument(registrantId, version, familyName, givenNames, originalScriptName, dateOfBirth,
                dateOfBirthPlusMinusYears, sex, nationalities, aliases, documentNumbers, keys, lastEventId, changedAt, candidate);
    }

    /** An alias as recorded: family and given names, or one full name, and the date of birth given with it. */
    public record AliasDocument(String familyName, String givenNames, String fullName, String dateOfBirth) {
    }
}
