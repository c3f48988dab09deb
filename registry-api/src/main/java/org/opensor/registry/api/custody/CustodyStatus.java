package org.opensor.registry.api.custody;

/** Where a registrant stands with the justice system now, as the custody timeline leaves it. */
public enum CustodyStatus {
    NOT_IN_CUSTODY,
    IN_CUSTODY,
    ON_BAIL,
    ON_PAROLE,
    ABSCONDED,
    DEPORTED,
    DECEASED
}
