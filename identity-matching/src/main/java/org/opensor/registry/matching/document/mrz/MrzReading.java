package org.opensor.registry.matching.document.mrz;

import java.util.List;
import org.opensor.registry.matching.document.TravelDocument;
import org.opensor.registry.matching.document.TravelDocumentHolder;

/**
 * What was read from one MRZ, with everything that failed or was corrected. Fields that could not be read are null;
 * check {@link #isValid()} before trusting the whole, and show {@link #findings()} to the officer.
 *
 * @param format        the layout recognised, or null when the text is no MRZ
 * @param lines         the lines as read, after OCR corrections
 * @param documentCode  e.g. {@code P}, {@code PO}, {@code I}, {@code ID}, {@code V}; null if unreadable
 * @param holder        the person and the document (exactly one, see {@link #document()})
 * @param optionalData1 TD1 line 1 optional data, TD3 personal number, TD2/visa optional data; fillers removed
 * @param optionalData2 TD1 line 2 optional data; empty for other formats
 * @param findings      errors and warnings in the order found (what the document or the reading got wrong or
 *                      corrected; never facts such as expiry)
 * @param documentExpired the document's expiry date lies before the day it was read: a fact about the document,
 *                      reported apart from the findings
 */
public record MrzReading(
        MrzFormat format,
        List<String> lines,
        String documentCode,
        TravelDocumentHolder holder,
        String optionalData1,
        String optionalData2,
        List<MrzFinding> findings,
        boolean documentExpired) {

    public MrzReading {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
    }

    /** True when nothing is wrong: every check digit agrees and every field was readable (warnings allowed). */
    public boolean isValid() {
        return format != null && errors().isEmpty();
    }

    public List<MrzFinding> errors() {
        return findings.stream().filter(MrzFinding::isError).toList();
    }

    public List<MrzFinding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /** The document the MRZ belongs to; its components are null where unreadable. */
    public TravelDocument document() {
        return holder.primaryDocument().orElseGet(() -> new TravelDocument(documentCode, null, null, null));
    }
}
