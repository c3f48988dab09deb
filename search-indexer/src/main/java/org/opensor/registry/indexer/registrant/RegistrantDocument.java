package org.opensor.registry.indexer.registrant;

import java.util.List;

/**
 * One registrant in the search index: the names as recorded, and the matching keys computed in Java by
 * identity-matching (this Elasticsearch has no phonetic, ICU or n-gram analysis).
 *
 * @param version     the registrant version this document shows; Elasticsearch refuses an older one
 * @param lastEventId the event that produced this document
 * @param changedAt   ISO-8601 instant of the change (a string: the client's JSON mapper has no java.time support)
 * @param keys        prefixed retrieval keys (normalized names, skeletons, metaphones, trigrams, dob prefixes)
 */
public record RegistrantDocument(String registrantId, long version, String familyName, String givenNames,
                                 String originalScriptName, String dateOfBirth, String sex, List<String> nationalities,
                                 List<String> keys, String lastEventId, String changedAt) {
}
