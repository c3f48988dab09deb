package org.opensor.registry.api.statute;

import java.util.Objects;

/**
 * A registrable offence: the statute and article as worded at conviction, and its category.
 *
 * @param id           library id (e.g. {@code KHM-2008-43}), or null for a foreign-law entry typed in by the clerk
 * @param jurisdiction ISO 3166-1 alpha-3 code of the state whose law it is
 * @param title        short description of the offence
 */
public record Offence(
        String id, String jurisdiction, String statute, String article, String title, OffenceCategory category) {

    public Offence {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(statute, "statute");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(category, "category");
    }

    /** A foreign-law offence that is not in the library, as the foreign judgment words it. */
    public static Offence foreignLaw(String jurisdiction, String statute, String article, OffenceCategory category) {
        return new Offence(null, jurisdiction, statute, article, null, category);
    }
}
