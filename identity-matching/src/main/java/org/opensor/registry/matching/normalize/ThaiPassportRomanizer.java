package org.opensor.registry.matching.normalize;

import java.util.Map;
import java.util.Set;

/**
 * Thai script to the spelling common on Thai passports, close to the Royal Thai General System (RTGS):
 * สมชาย → somchai, ทักษิณ → thaksin, where ICU's ISO 11940 transliteration gives smchay and thaksin.
 *
 * <p>A small rule set, not a dictionary: it reads syllables as (leading vowel) onset (vowel) (final), takes
 * an unwritten "o" between two bare consonants (สม → som) and an unwritten "a" before a consonant that has a
 * vowel (สมาน → saman), and uses the final forms of RTGS (ด ต ท ส ... → t, น ร ล ญ ณ → n, ย → i, ว → o).
 * Limits: tone, vowel length and silent letters beyond the thanthakhat (์) are ignored; syllable boundaries
 * are guessed, so some names come out between RTGS and the real passport spelling (ชินวัตร → chinwat, the
 * passport has Shinawatra). Personal spellings chosen by the holder cannot be derived at all.
 */
final class ThaiPassportRomanizer {

    private static final Map<Character, String> INITIAL = Map.ofEntries(
            Map.entry('ก', "k"),
            Map.entry('ข', "kh"),
            Map.entry('ฃ', "kh"),
            Map.entry('ค', "kh"),
            Map.entry('ฅ', "kh"),
            Map.entry('ฆ', "kh"),
            Map.entry('ง', "ng"),
            Map.entry('จ', "ch"),
            Map.entry('ฉ', "ch"),
            Map.entry('ช', "ch"),
            Map.entry('ซ', "s"),
            Map.entry('ฌ', "ch"),
            Map.entry('ญ', "y"),
            Map.entry('ฎ', "d"),
            Map.entry('ฏ', "t"),
            Map.entry('ฐ', "th"),
            Map.entry('ฑ', "th"),
            Map.entry('ฒ', "th"),
            Map.entry('ณ', "n"),
            Map.entry('ด', "d"),
            Map.entry('ต', "t"),
            Map.entry('ถ', "th"),
            Map.entry('ท', "th"),
            Map.entry('ธ', "th"),
            Map.entry('น', "n"),
            Map.entry('บ', "b"),
            Map.entry('ป', "p"),
            Map.entry('ผ', "ph"),
            Map.entry('ฝ', "f"),
            Map.entry('พ', "ph"),
            Map.entry('ฟ', "f"),
            Map.entry('ภ', "ph"),
            Map.entry('ม', "m"),
            Map.entry('ย', "y"),
            Map.entry('ร', "r"),
            Map.entry('ล', "l"),
            Map.entry('ว', "w"),
            Map.entry('ศ', "s"),
            Map.entry('ษ', "s"),
            Map.entry('ส', "s"),
            Map.entry('ห', "h"),
            Map.entry('ฬ', "l"),
            Map.entry('อ', ""),
            Map.entry('ฮ', "h"),
            Map.entry('ฤ', "rue"),
            Map.entry('ฦ', "lue"));

    private static final Map<Character, String> FINAL = Map.ofEntries(
            Map.entry('ก', "k"),
            Map.entry('ข', "k"),
            Map.entry('ค', "k"),
            Map.entry('ฆ', "k"),
            Map.entry('ง', "ng"),
            Map.entry('ม', "m"),
            Map.entry('ย', "i"),
            Map.entry('ว', "o"),
            Map.entry('ญ', "n"),
            Map.entry('ณ', "n"),
            Map.entry('น', "n"),
            Map.entry('ร', "n"),
            Map.entry('ล', "n"),
            Map.entry('ฬ', "n"),
            Map.entry('บ', "p"),
            Map.entry('ป', "p"),
            Map.entry('พ', "p"),
            Map.entry('ฟ', "p"),
            Map.entry('ภ', "p"),
            Map.entry('อ', ""),
            Map.entry('ห', ""));

    /** Second letters of the true clusters (กร, กล, กว, ปร, พล ...). */
    private static final Set<Character> CLUSTER_SECOND = Set.of('ร', 'ล', 'ว');

    private static final Set<Character> CLUSTER_FIRST = Set.of('ก', 'ข', 'ค', 'ต', 'ป', 'พ', 'ผ', 'บ');
    /** After a leading ห or อ these consonants are spoken alone (หล → l, อย → y). */
    private static final Set<Character> SILENT_LEAD_BEFORE = Set.of('ง', 'ญ', 'น', 'ม', 'ย', 'ร', 'ล', 'ว');

    private ThaiPassportRomanizer() {}

    static boolean containsThai(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B);
    }

    /** Romanizes each Thai word in {@code text}; other characters pass through. */
    static String romanize(String text) {
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch >= 0x0E01 && ch <= 0x0E5B) {
                word.append(ch);
            } else {
                out.append(romanizeWord(word.toString()));
                word.setLength(0);
                out.append(ch);
            }
        }
        return out.append(romanizeWord(word.toString())).toString();
    }

    private static String romanizeWord(String raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        String w = dropSilentLetters(raw);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            char lead = 0;
            if (isLeadingVowel(w.charAt(i))) {
                lead = w.charAt(i++);
            }
            if (i >= w.length() || !isConsonant(w.charAt(i))) {
                if (i < w.length() && w.charAt(i) >= 0x0E50 && w.charAt(i) <= 0x0E59) {
                    out.append((char) ('0' + w.charAt(i) - 0x0E50));
                }
                i++;
                continue;
            }
            // Onset: one consonant, a true cluster, or a silent ห/อ before a sonorant.
            char first = w.charAt(i++);
            String onset = INITIAL.get(first);
            if ((first == 'ห' || first == 'อ') && i < w.length() && SILENT_LEAD_BEFORE.contains(w.charAt(i))) {
                onset = INITIAL.get(w.charAt(i++));
            } else if (CLUSTER_FIRST.contains(first)
                    && i + 1 < w.length()
                    && CLUSTER_SECOND.contains(w.charAt(i))
                    && (isVowelSign(w.charAt(i + 1)) || lead != 0)) {
                onset += INITIAL.get(w.charAt(i++));
            }
            out.append(onset);
            // Nucleus.
            String vowel;
            char next = i < w.length() ? w.charAt(i) : 0;
            char after = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (lead != 0) {
                switch (lead) {
                    case 'เ' -> {
                        if (next == 'า' && after == 'ะ') {
                            vowel = "o";
                            i += 2;
                        } else if (next == 'า') {
                            vowel = "ao";
                            i++;
                        } else if (next == 'ี' && after == 'ย') {
                            vowel = "ia";
                            i += 2;
                        } else if (next == 'ื' && after == 'อ') {
                            vowel = "uea";
                            i += 2;
                        } else if (next == 'อ') {
                            vowel = "oe";
                            i++;
                        } else if (next == 'ิ') {
                            vowel = "oe";
                            i++;
                        } else if (next == 'ะ') {
                            vowel = "e";
                            i++;
                        } else {
                            vowel = "e";
                        }
                    }
                    case 'แ' -> {
                        vowel = "ae";
                        if (next == 'ะ') i++;
                    }
                    case 'โ' -> {
                        vowel = "o";
                        if (next == 'ะ') i++;
                    }
                    default -> vowel = "ai"; // ใ ไ
                }
            } else {
                switch (next) {
                    case 'ั' -> {
                        if (after == 'ว') {
                            vowel = "ua";
                            i += 2;
                        } else {
                            vowel = "a";
                            i++;
                        }
                    }
                    case 'ะ', 'า' -> {
                        vowel = "a";
                        i++;
                    }
                    case 'ำ' -> {
                        vowel = "am";
                        i++;
                    }
                    case 'ิ', 'ี' -> {
                        vowel = "i";
                        i++;
                    }
                    case 'ึ' -> {
                        vowel = "ue";
                        i++;
                    }
                    case 'ื' -> {
                        vowel = "ue";
                        i++;
                        if (after == 'อ') i++;
                    }
                    case 'ุ', 'ู' -> {
                        vowel = "u";
                        i++;
                    }
                    default -> {
                        if (next == 'อ' && !isVowelSign(after)) {
                            vowel = "o";
                            i++;
                        } else if (next == 'ร' && after == 'ร') {
                            vowel = "an";
                            i += 2;
                        } else if (next == 'ว' && isConsonant(after)) {
                            vowel = "ua";
                            i++;
                        } else if (isConsonant(next) && (isVowelSign(after) || after == 'อ')) {
                            vowel = "a";
                        } else {
                            vowel = "o";
                        } // สม → som: the unwritten vowel of a closed syllable
                    }
                }
            }
            out.append(vowel);
            // Final: a consonant that does not start the next syllable.
            if (i < w.length() && isConsonant(w.charAt(i)) && !startsSyllable(w, i)) {
                String fin = FINAL.getOrDefault(w.charAt(i), "t");
                if (fin.equals("i") && (vowel.endsWith("i") || vowel.endsWith("ai"))) {
                    fin = "";
                }
                out.append(fin);
                i++;
                // A consonant left alone at the end after a final is silent (ชินวัตร → chinwat).
                if (i == w.length() - 1 && isConsonant(w.charAt(i))) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    private static boolean startsSyllable(String w, int i) {
        char after = i + 1 < w.length() ? w.charAt(i + 1) : 0;
        return isVowelSign(after)
                || (after == 'ร' && i + 2 < w.length() && w.charAt(i + 2) == 'ร')
                || (after == 'อ' && i + 2 < w.length() && isConsonant(w.charAt(i + 2)))
                || (after == 'ว' && i + 2 < w.length() && isConsonant(w.charAt(i + 2)));
    }

    /** Drops tone marks and letters silenced by the thanthakhat (จันทร์ → จัน). */
    private static String dropSilentLetters(String w) {
        StringBuilder b = new StringBuilder();
        for (char ch : w.toCharArray()) {
            if (ch == '\u0E4C') {
                int drop = b.length() - 1;
                if (drop >= 0 && (b.charAt(drop) == 'ิ' || b.charAt(drop) == 'ุ')) {
                    b.setLength(drop--);
                }
                if (drop >= 0) {
                    b.setLength(drop);
                }
                // จันทร์: the ท of a silenced ทร is silent too.
                if (b.length() >= 2
                        && isConsonant(b.charAt(b.length() - 1))
                        && isConsonant(b.charAt(b.length() - 2))
                        && b.charAt(b.length() - 1) == 'ท') {
                    b.setLength(b.length() - 1);
                }
            } else if (!(ch >= '\u0E47' && ch <= '\u0E4B') && ch != '\u0E4D' && ch != '\u0E3A') {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static boolean isConsonant(char ch) {
        return ch >= 'ก' && ch <= 'ฮ';
    }

    private static boolean isLeadingVowel(char ch) {
        return ch >= 'เ' && ch <= 'ไ';
    }

    private static boolean isVowelSign(char ch) {
        return ch >= '\u0E30' && ch <= '\u0E39';
    }
}
