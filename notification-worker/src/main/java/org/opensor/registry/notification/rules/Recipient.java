package org.opensor.registry.notification.rules;

import java.util.Objects;

/**
 * Who must be told, in terms agencies subscribe to: a border post, a country's liaison, the police of a
 * district, a prosecution office. Written as {@code border-post:THA:BKK}, {@code liaison:THA},
 * {@code district-police:KHM:Chamkar Mon}, {@code prosecutor:KHM:General Prosecutor attached to the Court of Appeal}.
 *
 * @param kind    what sort of recipient
 * @param country ISO 3166-1 alpha-3 code of the recipient's country
 * @param place   the border post code, the district or the prosecution office; null for a liaison
 */
public record Recipient(Kind kind, String country, String place) {

    public enum Kind {
        BORDER_POST("border-post"),
        LIAISON("liaison"),
        DISTRICT_POLICE("district-police"),
        PROSECUTOR("prosecutor");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(country, "country");
        if ((kind == Kind.LIAISON) != (place == null)) {
            throw new IllegalArgumentException("a liaison has no place; a border post or district has one");
        }
    }

    /** The place of a border-post recipient that stands for every border post of its country. */
    public static final String EVERY_POST = "*";

    public static Recipient borderPost(String country, String post) {
        return new Recipient(Kind.BORDER_POST, country, post);
    }

    public static Recipient liaison(String country) {
        return new Recipient(Kind.LIAISON, country, null);
    }

    public static Recipient districtPolice(String country, String district) {
        return new Recipient(Kind.DISTRICT_POLICE, country, district);
    }

    public static Recipient prosecutor(String country, String office) {
        return new Recipient(Kind.PROSECUTOR, country, office);
    }

    /** Parses what {@link #toString()} writes. */
    public static Recipient parse(String text) {
        String[] parts = text.split(":", 3);
        for (Kind kind : Kind.values()) {
            if (kind.label.equals(parts[0])) {
                return new Recipient(kind, parts[1], parts.length > 2 ? parts[2] : null);
            }
        }
        throw new IllegalArgumentException("not a recipient: " + text);
    }

    @Override
    public String toString() {
        return place == null ? kind.label + ":" + country : kind.label + ":" + country + ":" + place;
    }
}
