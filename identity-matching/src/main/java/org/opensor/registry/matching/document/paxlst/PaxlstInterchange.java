package org.opensor.registry.matching.document.paxlst;

import java.util.List;
import java.util.stream.Stream;

/**
 * One EDIFACT interchange (UNB to UNZ) as read; the control reference identifies a resubmission.
 *
 * @param syntaxIdentifier  e.g. {@code UNOA}; null if no UNB was read
 * @param syntaxVersion     3 or 4 (0 if unknown)
 * @param sender            UNB sender identification
 * @param recipient         UNB recipient identification
 * @param controlReference  UNB interchange control reference (data element 0020)
 * @param messages          the PAXLST messages in order
 * @param problems          problems outside any message: envelope, syntax, segments that could not be read
 */
public record PaxlstInterchange(
        String syntaxIdentifier,
        int syntaxVersion,
        String sender,
        String recipient,
        String controlReference,
        List<PaxlstMessage> messages,
        List<PaxlstProblem> problems) {

    public PaxlstInterchange {
        messages = List.copyOf(messages);
        problems = List.copyOf(problems);
    }

    /** Every traveller of every message. */
    public List<ManifestTraveller> travellers() {
        return messages.stream().flatMap(m -> m.travellers().stream()).toList();
    }

    /** Every problem: the interchange's, each message's and each traveller's. */
    public List<PaxlstProblem> allProblems() {
        return Stream.concat(
                        problems.stream(),
                        messages.stream()
                                .flatMap(m -> Stream.concat(
                                        m.problems().stream(),
                                        m.travellers().stream().flatMap(t -> t.problems().stream()))))
                .toList();
    }
}
