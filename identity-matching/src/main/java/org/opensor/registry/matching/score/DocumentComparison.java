package org.opensor.registry.matching.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opensor.registry.matching.keys.DocumentNumbers;
import org.opensor.registry.matching.text.Levenshtein;

/**
 * Compares document numbers: equal (ignoring spaces, dashes and case), or equal up to OCR confusions
 * (0/O, 1/I, 5/S, 8/B, 2/Z), or one typing slip apart (a wrong or two swapped characters in a number of seven or
 * more), which adds nothing by itself but keeps a hit whose full date of birth and a name word agree possible.
 * Different numbers change nothing, since one person often holds several documents.
 */
final class DocumentComparison {

    /** Shorter numbers one slip apart are too often two numbers. */
    private static final int MIN_LENGTH_FOR_SLIP = 7;

    private final ScoringSettings settings;

    DocumentComparison(ScoringSettings settings) {
        this.settings = settings;
    }

    /** The best adjustment over all pairs of numbers, or null if either side has none. */
    Adjustment compare(Set<String> query, Set<String> record) {
        if (query.isEmpty() || record.isEmpty()) {
            return null;
        }
        Adjustment ocr = null;
        for (String q : query) {
            for (String r : record) {
                String plainQuery = DocumentNumbers.plain(q);
                String plainRecord = DocumentNumbers.plain(r);
                if (plainQuery.isEmpty()) {
                    continue;
                }
                if (plainQuery.equals(plainRecord)) {
                    return new Adjustment(
                            settings.documentExactBonus(),
                            () -> Reason.of("document.exact", "document number " + plainQuery + " matches", plainQuery),
                            true);
                }
                if (ocr == null && DocumentNumbers.ocrTolerant(q).equals(DocumentNumbers.ocrTolerant(r))) {
                    ocr = new Adjustment(
                            settings.documentOcrBonus(),
                            () -> Reason.of(
                                    "document.ocr",
                                    "document number " + plainQuery + " matches " + plainRecord + " except for "
                                            + confusions(plainQuery, plainRecord),
                                    plainQuery,
                                    plainRecord),
                            true);
                }
            }
        }
        if (ocr != null) {
            return ocr;
        }
        for (String q : query) {
            for (String r : record) {
                String plainQuery = DocumentNumbers.plain(q);
                String plainRecord = DocumentNumbers.plain(r);
                if (plainQuery.length() >= MIN_LENGTH_FOR_SLIP
                        && Levenshtein.withTranspositions(plainQuery, plainRecord) == 1) {
                    return new Adjustment(
                            0,
                            () -> Reason.of(
                                    "document.slip",
                                    "document number " + plainQuery + " is one typing slip from " + plainRecord,
                                    plainQuery,
                                    plainRecord),
                            false,
                            true);
                }
            }
        }
        return new Adjustment(0, Reason.of("document.differs", "document numbers differ (a person may hold several)"));
    }

    private static String confusions(String a, String b) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < a.length(); i++) {
            if (DocumentNumbers.ocrConfusable(a.charAt(i), b.charAt(i))) {
                pairs.add(a.charAt(i) + " read for " + b.charAt(i) + " at position " + (i + 1));
            }
        }
        return (pairs.size() == 1 ? "one OCR confusion: " : pairs.size() + " OCR confusions: ")
                + String.join(", ", pairs);
    }
}
