package org.opensor.registry.api.security;

/** More searches than the per-minute allowance; answered 429 with Retry-After. */
public class TooManySearches extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManySearches(long retryAfterSeconds) {
        super("Too many searches: wait " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
