package org.opensor.registry.api.decree;

/** What a royal decree grants its beneficiaries. */
public enum DecreeKind {
    /** A pardon: frees a beneficiary in custody. */
    PARDON,
    /** A reduction of sentence by a number of months: the release date moves earlier. */
    REDUCTION
}
