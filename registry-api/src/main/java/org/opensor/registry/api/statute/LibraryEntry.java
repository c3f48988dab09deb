package org.opensor.registry.api.statute;

import java.util.Objects;

/**
 * One article of the offence library with what a court relies on beyond the offence itself.
 *
 * @param offence      the offence as convictions name it
 * @param titleKm      the title in Khmer (our translation unless {@code source} says otherwise), or null
 * @param penalty      the imprisonment the article provides, or null where no published text we could read states it
 * @param source       where the entry was checked, with its address
 * @param verification what the source confirmed
 * @param offered      false for an entry that is not an offence (kept for the convictions that name it): no new conviction
 */
public record LibraryEntry(
        Offence offence,
        String titleKm,
        PenaltyRange penalty,
        String source,
        Verification verification,
        boolean offered) {

    /** What a published text confirmed of an entry. */
    public enum Verification {
        /** The article's subject and its penalty range. */
        ARTICLE_AND_PENALTY,
        /** The article's subject; the penalty is not given. */
        ARTICLE_ONLY,
        /** Nothing: the entry is as first seeded. */
        UNVERIFIED
    }

    public LibraryEntry {
        Objects.requireNonNull(offence, "offence");
        Objects.requireNonNull(verification, "verification");
    }
}
