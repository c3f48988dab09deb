package org.opensor.registry.api.registration;

/** Tier (risk level) of a registration; the policy gives each its duration and verification interval. Higher is stricter. */
public enum RegistrationTier {
    TIER_1,
    TIER_2,
    TIER_3
}
