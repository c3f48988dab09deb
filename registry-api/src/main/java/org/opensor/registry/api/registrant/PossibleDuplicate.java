package org.opensor.registry.api.registrant;

import java.util.List;
import java.util.UUID;

/** A new registrant looks like one already registered; the clerk checks the candidates and may confirm a different person. */
public class PossibleDuplicate extends RuntimeException {

    private final List<UUID> candidateIds;

    public PossibleDuplicate(List<UUID> candidateIds) {
        super("The person may already be registered: same document number, or same name and date of birth.");
        this.candidateIds = List.copyOf(candidateIds);
    }

    public List<UUID> candidateIds() {
        return candidateIds;
    }
}
