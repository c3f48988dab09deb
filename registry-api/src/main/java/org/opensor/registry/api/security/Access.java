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
    /** Reads the audit trail: audited too. */
    AUDIT
}
