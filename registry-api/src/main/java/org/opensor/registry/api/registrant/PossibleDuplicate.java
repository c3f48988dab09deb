package org.opensor.registry.api.registrant;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** A new registrant looks like one already registered; the clerk checks the candidates and may confirm a different person. */
public class PossibleDuplicate extends RuntimeException {

    private final List<DuplicateCandidate> candidates;

    public PossibleDuplicate(List<DuplicateCandidate> candidates) {
        super("The person may already be registered: "
                + candidates.stream()
                        .flatMap(c -> c.reasons().stream())
                        .map(DuplicateCandidate.Likeness::rule)
                        .distinct()
                        .map(PossibleDuplicate::words)
                        .collect(Collectors.joining("; "))
                + ".");
        this.candidates = List.copyOf(candidates);
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }

    public List<UUID> candidateIds() {
        return candidates.stream().map(DuplicateCandidate::id).toList();
    }

    // Rules only, never the values: the message may reach a log, and names and document numbers must not.
    private static String words(DuplicateCandidate.Rule rule) {
        return switch (rule) {
            case SAME_DOCUMENT -> "same document number";
            case SAME_NAME_AND_BIRTH -> "same name and date of birth";
            case ONE_LETTER_AND_SAME_BIRTH -> "a name one letter apart with the same full date of birth";
            case SAME_ORIGINAL_SCRIPT_NAME_AND_MONTH -> "the same Khmer (own-script) name born in the same month";
        };
    }
}
