package org.opensor.registry.matching.score;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opensor.registry.matching.keys.DocumentNumbers;
import org.opensor.registry.matching.text.Levenshtein;

/**
 * A search by a document number alone, as made by an officer who has only a passport or identity card number: with
 * no name to compare, the number is all the evidence. The same number (ignoring case, spaces and fillers) is a
 * strong hit; the same but for one character an OCR reader confuses (0/O, 1/I, 5/S, 8/B, 2/Z) a possible one, as a
 * scanned or copied number is often misread so; one other wrong, missing, extra or two swapped characters a weak one,
 * since numbers of one series issued on one day also differ by one character.
 */
public final class DocumentLookup {

    static final double EXACT = 1.0;
    static final double OCR_SLIP = 0.80;
    static final double TYPING_SLIP = 0.55;
    /** As when a name is searched with a number: shorter numbers one slip apart are too often two numbers. */
    private static final int MIN_LENGTH_FOR_SLIP = 7;

    private DocumentLookup() {}

    /** How close {@code sought} comes to the nearest of a record's document numbers; empty when none is near. */
    public static Optional<MatchResult> compare(String sought, Collection<String> recordNumbers) {
        String query = DocumentNumbers.plain(sought);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        MatchResult best = null;
        for (String number : recordNumbers) {
            MatchResult result = compareOne(query, DocumentNumbers.plain(number));
            if (result != null && (best == null || MatchResult.BEST_FIRST.compare(result, best) < 0)) {
                best = result;
            }
        }
        return Optional.ofNullable(best);
    }

    private static MatchResult compareOne(String query, String record) {
        if (record.isEmpty()) {
            return null;
        }
        if (query.equals(record)) {
            return result(
                    EXACT,
                    MatchBand.STRONG,
                    Reason.of("document.exact", "document number " + query + " agrees exactly", query),
                    true);
        }
        int differing = onlyDifferingPosition(query, record);
        if (differing >= 0 && DocumentNumbers.ocrConfusable(query.charAt(differing), record.charAt(differing))) {
            return result(
                    OCR_SLIP,
                    MatchBand.POSSIBLE,
                    Reason.of(
                            "document.ocr",
                            "document number " + query + " differs by one character from " + record + ": "
                                    + query.charAt(differing) + " read for " + record.charAt(differing)
                                    + " at position " + (differing + 1) + ", a common OCR misreading",
                            query,
                            record),
                    true);
        }
        if (Math.min(query.length(), record.length()) >= MIN_LENGTH_FOR_SLIP
                && Levenshtein.withTranspositions(query, record) == 1) {
            return result(
                    TYPING_SLIP,
                    MatchBand.WEAK,
                    Reason.of(
                            "document.slip",
                            "document number " + query + " differs by one character from " + record,
                            query,
                            record),
                    false);
        }
        return null;
    }

    /** The one position at which two numbers of equal length differ, or -1. */
    private static int onlyDifferingPosition(String a, String b) {
        if (a.length() != b.length()) {
            return -1;
        }
        int found = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    private static MatchResult result(double score, MatchBand band, Reason reason, boolean documentAgrees) {
        return new MatchResult(score, band, () -> List.of(reason), score, documentAgrees);
    }
}
