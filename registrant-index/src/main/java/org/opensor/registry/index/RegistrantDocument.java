package org.opensor.registry.index;

import java.util.List;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.index.IndexedRegistrant.IndexedAlias;
import org.opensor.registry.matching.keys.IdentityKeys;

/**
 * One registrant in the search index, as the search-indexer stores it: the {@link IndexedRegistrant} fields, the
 * retrieval keys computed in Java by identity-matching (this Elasticsearch has no phonetic, ICU or n-gram analysis),
 * and the same fields again as one {@link CandidatePayload} that a search reads. Its fields are the properties of
 * {@link RegistrantIndexMapping}.
 *
 * @param version                   the registrant version this document shows; Elasticsearch refuses an older one
 * @param dateOfBirthPlusMinusYears when the date of birth is approximate: by how many years either way, else null
 * @param aliases                   other names, stored but not indexed (retrieval goes through {@code keys})
 * @param documentNumbers           identity document numbers as recorded
 * @param keys                      prefixed retrieval keys (normalized names, skeletons, metaphones, trigrams, dob prefixes)
 * @param lastEventId               the event that produced this document
 * @param changedAt                 ISO-8601 instant of the change (a string: the client's JSON mapper has no java.time support)
 * @param candidate                 the fields a search reads, in one value; like the keys, left out of {@code _source}
 */
public record RegistrantDocument(
        String registrantId,
        long version,
        String familyName,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        Integer dateOfBirthPlusMinusYears,
        String sex,
        List<String> nationalities,
        List<IndexedAlias> aliases,
        List<String> documentNumbers,
        List<String> keys,
        String lastEventId,
        String changedAt,
        String candidate) {

    /** The document an event makes: its fields, their keys and their candidate payload. */
    public static RegistrantDocument fromEvent(RegistrantStateV1 state, String eventId) {
        return of(IndexedRegistrant.of(state), eventId, state.changedAt().toString());
    }

    /**
     * The document a state event of type {@code eventType} makes: a {@link #withdrawn} one for a de-registration,
     * else {@link #fromEvent(RegistrantStateV1, String)}.
     */
    public static RegistrantDocument fromEvent(String eventType, RegistrantStateV1 state, String eventId) {
        return RegistrantEventTypes.DEREGISTERED_V1.equals(eventType)
                ? withdrawn(
                        state.registrantId().toString(),
                        state.version(),
                        eventId,
                        state.changedAt().toString())
                : fromEvent(state, eventId);
    }

    /**
     * The document of a de-registered registrant: its id and version only, with no names, no keys and no candidate
     * payload, so no search can retrieve it; the version keeps an older, still-named event from bringing it back.
     */
    public static RegistrantDocument withdrawn(
            String registrantId, long version, String lastEventId, String changedAt) {
        return new RegistrantDocument(
                registrantId,
                version,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                lastEventId,
                changedAt,
                null);
    }

    /** The document for {@code registrant}, with the keys of its identity (sorted) and its candidate payload. */
    public static RegistrantDocument of(IndexedRegistrant registrant, String lastEventId, String changedAt) {
        List<String> keys =
                IdentityKeys.of(registrant.toIdentity()).stream().sorted().toList();
        return new RegistrantDocument(
                registrant.registrantId(),
                registrant.version(),
                registrant.familyName(),
                registrant.givenNames(),
                registrant.originalScriptName(),
                registrant.dateOfBirth(),
                registrant.dateOfBirthPlusMinusYears(),
                registrant.sex(),
                registrant.nationalities(),
                registrant.aliases(),
                registrant.documentNumbers(),
                keys,
                lastEventId,
                changedAt,
                CandidatePayload.write(registrant));
    }

    /** The fields a search reads, as this document holds them. */
    public IndexedRegistrant indexed() {
        return new IndexedRegistrant(
                registrantId,
                version,
                familyName,
                givenNames,
                originalScriptName,
                dateOfBirth,
                dateOfBirthPlusMinusYears,
                sex,
                nationalities,
                aliases,
                documentNumbers);
    }

    /** This document with {@code keys} and {@code candidate} (as read back from the index, whose source leaves them out). */
    public RegistrantDocument withIndexOnlyFields(List<String> keys, String candidate) {
        return new RegistrantDocument(
                registrantId,
                version,
                familyName,
                givenNames,
                originalScriptName,
                dateOfBirth,
                dateOfBirthPlusMinusYears,
                sex,
                nationalities,
                aliases,
                documentNumbers,
                keys,
                lastEventId,
                changedAt,
                candidate);
    }
}
