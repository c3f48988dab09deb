package org.opensor.registry.api.charge;

/** How a charge ended. Each ends a travel ban; an acquittal also seals the charge. */
public enum ChargeOutcome {
    CONVICTED,
    ACQUITTED,
    DISMISSED
}
