package org.opensor.registry.matching.score;

import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;

/**
 * Japanese names written in kanji. The transliteration reads Han characters as Mandarin (高橋 as GAO QIAO), which is
 * not how a Japanese name sounds (Takahashi), so such a name is compared only with names written in Han characters
 * or kana, character by character, and never through its Mandarin reading.
 */
final class JapaneseNames {

    private static final String JAPAN = "JPN";

    private JapaneseNames() {}

    /** Whether {@code name} of {@code identity} is written with kanji in a Japanese context (nationality or kana). */
    static boolean kanjiOfAJapaneseName(Identity identity, PersonName name) {
        if (!hasScript(name, Character.UnicodeScript.HAN)) {
            return false;
        }
        if (identity.nationalities().contains(JAPAN)) {
            return true;
        }
        return identity.allNames().stream()
                .anyMatch(alias -> hasScript(alias.name(), Character.UnicodeScript.HIRAGANA)
                        || hasScript(alias.name(), Character.UnicodeScript.KATAKANA));
    }

    /** Whether a name is written only in Han characters, kana or Hangul, so that its characters can be compared. */
    static boolean writtenInSyllables(PersonName name) {
        boolean any = false;
        for (String part : new String[] {name.family(), name.given(), name.full()}) {
            if (part == null) {
                continue;
            }
            for (int i = 0; i < part.length(); ) {
                int c = part.codePointAt(i);
                i += Character.charCount(c);
                if (!Character.isLetter(c)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script != Character.UnicodeScript.HAN
                        && script != Character.UnicodeScript.HIRAGANA
                        && script != Character.UnicodeScript.KATAKANA
                        && script != Character.UnicodeScript.HANGUL) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static boolean hasScript(PersonName name, Character.UnicodeScript script) {
        return hasScript(name.family(), script) || hasScript(name.given(), script) || hasScript(name.full(), script);
    }

    /** A plain loop: asked of every candidate's every name in every search, where a code-point stream cost more. */
    private static boolean hasScript(String part, Character.UnicodeScript script) {
        if (part == null) {
            return false;
        }
        for (int i = 0; i < part.length(); ) {
            int c = part.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80 && Character.UnicodeScript.of(c) == script) {
                return true;
            }
        }
        return false;
    }
}
