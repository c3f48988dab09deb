package org.opensor.registry.api.registrant;

import java.util.List;
import java.util.UUID;

/**
 * Someone already registered who may be the person being entered, with why they look alike.
 *
 * @param reasons each rule that found them, with what agreed (never empty)
 */
public record DuplicateCandidate(
        UUID id,
        String familyName,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        List<Likeness> reasons) {

    public DuplicateCandidate {
        reasons = List.copyOf(reasons);
    }

    /**
     * One reason two people look alike.
     *
     * @param rule   which check found it
     * @param values what agreed or nearly agreed, in the order the rule's wording needs them
     */
    public record Likeness(Rule rule, List<String> values) {

        public Likeness {
            values = List.copyOf(values);
        }
    }

    /** The duplicate checks at registration. */
    public enum Rule {
        /** A document number in common. */
        SAME_DOCUMENT,
        /** The same normalized name (words in any order) and the same date of birth as recorded. */
        SAME_NAME_AND_BIRTH,
        /** Normalized names one letter apart (matcher's Levenshtein distance 1) and the same full date of birth. */
        ONE_LETTER_AND_SAME_BIRTH,
        /** The same name in Khmer (or any own script), spaces aside, and the same year and month of birth. */
        SAME_ORIGINAL_SCRIPT_NAME_AND_MONTH
    }
}
