package org.opensor.registry.matching.document.paxlst;

import org.opensor.registry.matching.document.Severity;

/**
 * Something wrong in a manifest, located by segment so the sender can find it.
 *
 * @param severity        {@link Severity#ERROR} when data was lost or is wrong, {@link Severity#WARNING} otherwise
 * @param segmentPosition 1-based number of the segment in the interchange as sent (a UNA counts), 0 if none
 * @param segmentTag      e.g. {@code DTM}; as sent, even if it is no valid tag; empty if none
 * @param message         what is wrong, in words
 */
public record PaxlstProblem(Severity severity, int segmentPosition, String segmentTag, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** E.g. {@code "ERROR segment 14 (DTM): date of birth '7813XX' is not a date"}. */
    @Override
    public String toString() {
        return segmentPosition == 0
                ? severity + " " + message
                : severity + " segment " + segmentPosition + " (" + segmentTag + "): " + message;
    }
}
