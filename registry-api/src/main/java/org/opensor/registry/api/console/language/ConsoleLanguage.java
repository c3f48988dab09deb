package org.opensor.registry.api.console.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the console speaks. Khmer comes first: the first users are Cambodian clerks and officers, so a
 * person who has never chosen sees Khmer; English is one click away. The API never changes language.
 */
public enum ConsoleLanguage {
    KHMER("km", "ខ្មែរ"),
    ENGLISH("en", "English");

    /** The language of a person who has not chosen one. */
    public static final ConsoleLanguage DEFAULT = KHMER;

    private final String tag;
    private final String ownName;

    ConsoleLanguage(String tag, String ownName) {
        this.tag = tag;
        this.ownName = ownName;
    }

    /** The BCP 47 tag stored on the account and sent as {@code lang}, e.g. {@code km}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String ownName() {
        return ownName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<ConsoleLanguage> of(String tag) {
        return tag == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(l -> l.tag.equalsIgnoreCase(tag.strip()))
                        .findFirst();
    }

    public static ConsoleLanguage of(Locale locale) {
        return locale == null ? DEFAULT : of(locale.getLanguage()).orElse(DEFAULT);
    }
}
