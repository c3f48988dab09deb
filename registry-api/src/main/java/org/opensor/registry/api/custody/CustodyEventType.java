package org.opensor.registry.api.custody;

/** What a court or prison document says happened. */
public enum CustodyEventType {
    ADMITTED,
    /** Released at the end of the sentence. */
    RELEASED,
    RELEASED_ON_BAIL,
    PAROLED,
    /** A royal pardon decree; it frees the person only when it says so ({@code releasesFromCustody}). */
    ROYAL_PARDON,
    /** A decree that shortens the sentence; the person stays where they are. */
    SENTENCE_REDUCTION,
    DEPORTATION_ORDERED,
    DEPORTED,
    ESCAPED_OR_ABSCONDED,
    DECEASED,
    /** Moved from one prison to another. */
    TRANSFERRED,
    /** Sets the status right after an entry was wrong; the wrong entry stays in the timeline. */
    CORRECTION;

    /** Pardons and reductions come by decree, with a number and a date. */
    public boolean needsDecree() {
        return this == ROYAL_PARDON || this == SENTENCE_REDUCTION;
    }
}
