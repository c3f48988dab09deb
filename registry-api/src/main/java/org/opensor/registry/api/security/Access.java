package org.opensor.registry.api.security;

/** What an endpoint does with personal data: decides purpose checks, audit wording and rate limits. */
public enum Access {
    /** Reads personal data: needs an {@code X-Purpose}; audited as a read. */
    READ,
    /** Searches personal data: needs an {@code X-Purpose}; audited; rate-limited per account. */
    SEARCH,
    /** Changes the registry: audited with the change. */
    WRITE,
    /** Administration of accounts, agencies, subscriptions: audited. */
    ADMINISTER,
    /**
     * Screens travellers at a border (one at the desk, or an airline manifest): audited; the purpose is border
     * control by law, so no {@code X-Purpose} per traveller; not rate-limited (a manifest has hundreds).
     */
    SCREEN,
    /** Reads the audit trail: audited too. */
    AUDIT
}
