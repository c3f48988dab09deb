package org.opensor.registry.matching.document.paxlst;

import java.util.Arrays;
import java.util.List;
import org.opensor.registry.matching.document.Severity;

/**
 * Something wrong in a manifest, located by segment so the sender can find it.
 *
 * @param severity        {@link Severity#ERROR} when data was lost or is wrong, {@link Severity#WARNING} otherwise
 * @param segmentPosition 1-based number of the segment in the interchange as sent (a UNA counts), 0 if none
 * @param segmentTag      e.g. {@code DTM}; as sent, even if it is no valid tag; empty if none
 * @param message         what is wrong, in English (the API's words)
 * @param code            what kind of problem, for a reader in another language ({@code paxlst.<code>} in the console's
 *                        bundles); {@link #WORDED} when it has only its English
 * @param arguments       the problem's particulars as sent (a code, a value, a count), in the order its wording takes
 */
public record PaxlstProblem(
        Severity severity,
        int segmentPosition,
        String segmentTag,
        String message,
        String code,
        List<String> arguments) {

    /** The code of a problem known only by its English words (none the parser makes today). */
    public static final String WORDED = "worded";

    public PaxlstProblem {
        arguments = List.copyOf(arguments);
    }

    public PaxlstProblem(Severity severity, int segmentPosition, String segmentTag, String message) {
        this(severity, segmentPosition, segmentTag, message, WORDED, List.of());
    }

    static PaxlstProblem coded(
            Severity severity,
            int segmentPosition,
            String segmentTag,
            String code,
            String message,
            Object... arguments) {
        return new PaxlstProblem(
                severity,
                segmentPosition,
                segmentTag,
                message,
                code,
                Arrays.stream(arguments).map(String::valueOf).toList());
    }

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
