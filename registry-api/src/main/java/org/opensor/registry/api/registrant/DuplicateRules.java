package org.opensor.registry.api.registrant;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.api.registrant.DuplicateCandidate.Likeness;
import org.opensor.registry.api.registrant.DuplicateCandidate.Rule;
import org.opensor.registry.matching.text.Levenshtein;

/**
 * Why a registered person may be the one being entered, rule by rule ({@link Rule}). The store finds the people
 * worth comparing (same document, same birth date or month); these rules decide, with the matcher's normalization
 * and edit distance.
 */
public final class DuplicateRules {

    private DuplicateRules() {}

    /** An own-script name as compared: Unicode-composed, without spaces or zero-width marks; null when blank. */
    public static String scriptKey(String originalScriptName) {
        if (originalScriptName == null) {
            return null;
        }
        String key = Normalizer.normalize(originalScriptName, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u200B\\u200C\\u200D\\uFEFF]+", "");
        return key.isEmpty() ? null : key;
    }

    /**
     * @param matchedDocument the document number the two share, or null
     * @param theirName       their Latin name as recorded, for the wording
     */
    public static List<Likeness> reasons(
            Identity mine,
            String myDob,
            String myScriptKey,
            String matchedDocument,
            String theirNameKey,
            String theirName,
            String theirScript,
            String theirDob) {
        List<Likeness> reasons = new ArrayList<>();
        if (matchedDocument != null) {
            reasons.add(new Likeness(Rule.SAME_DOCUMENT, List.of(matchedDocument)));
        }
        if (myDob != null && myDob.equals(theirDob) && mine.nameKey().equals(theirNameKey)) {
            reasons.add(new Likeness(Rule.SAME_NAME_AND_BIRTH, List.of(myDob)));
        }
        if (myDob != null
                && myDob.length() == 10
                && myDob.equals(theirDob)
                && theirNameKey != null
                && Levenshtein.distance(mine.nameKey(), theirNameKey) == 1) {
            reasons.add(new Likeness(
                    Rule.ONE_LETTER_AND_SAME_BIRTH,
                    List.of(theirName, mine.familyName() + " " + mine.givenNames(), myDob)));
        }
        if (myScriptKey != null
                && myDob != null
                && myDob.length() >= 7
                && theirDob != null
                && theirDob.length() >= 7
                && myDob.substring(0, 7).equals(theirDob.substring(0, 7))
                && myScriptKey.equals(scriptKey(theirScript))) {
            reasons.add(new Likeness(
                    Rule.SAME_ORIGINAL_SCRIPT_NAME_AND_MONTH, List.of(theirScript, myDob.substring(0, 7))));
        }
        return reasons;
    }
}
