package org.opensor.registry.matching.normalize;

import com.ibm.icu.text.Transliterator;
import java.util.Arrays;
import java.util.List;

/**
 * Khmer script to Latin, after the UNGEGN romanization of Khmer (2013), simplified to plain ASCII and to the
 * spellings Cambodian passports and police records use most, e.g. សុខ → sok, ចាន់ → chan, សុខា → sokha,
 * ដារ៉ា → dara.
 *
 * <p>ICU ships no Khmer transliterator, so the rules are written here and compiled with
 * {@link Transliterator#createFromRules}. Khmer needs three passes because a vowel sign is read differently
 * after a first-series (a-series) and a second-series (o-series) consonant:
 * <ol>
 *   <li>each consonant becomes Latin letters plus an invisible series marker; a subscript consonant (after
 *       coeng U+17D2) gets a subscript marker;</li>
 *   <li>subscripts join their cluster and settle its series (a non-sonorant subscript decides it, as in
 *       ស្ពាន spean), and the series shifters U+17C9 / U+17CA flip it (ដារ៉ា: រ becomes a-series);</li>
 *   <li>a marker followed by a vowel sign becomes that vowel for the series; a bare consonant after a vowel
 *       is a final and takes its final form (ខ kh → k); a bare consonant starting a word takes the
 *       inherent vowel (a / o).</li>
 * </ol>
 * Limits: no dictionary, so word-internal syllable breaks between two bare consonants, irregular spellings
 * (loan words, Pali/Sanskrit finals) and the many family spellings (Chhim/Chim) are approximated; the
 * romanization-variant skeletons in the keys absorb most of the difference.
 */
final class KhmerRomanizer {

    // Private-use characters as markers: a-series, o-series, and subscripts of a, o, or no (sonorant) series.
    private static final String A = "\\uE000";
    private static final String O = "\\uE001";
    private static final String SUB_A = "\\uE002";
    private static final String SUB_O = "\\uE003";
    private static final String SUB_SONORANT = "\\uE004";

    /** consonant, Latin initial, series (a/o), Latin final, sonorant (does not decide a cluster's series). */
    private static final String[][] CONSONANTS = {
        {"ក", "k", "a", "k", ""}, {"ខ", "kh", "a", "k", ""}, {"គ", "k", "o", "k", ""},
        {"ឃ", "kh", "o", "k", ""}, {"ង", "ng", "o", "ng", "s"}, {"ច", "ch", "a", "ch", ""},
        {"ឆ", "chh", "a", "ch", ""}, {"ជ", "ch", "o", "ch", ""}, {"ឈ", "chh", "o", "ch", ""},
        {"ញ", "nh", "o", "nh", "s"}, {"ដ", "d", "a", "t", ""}, {"ឋ", "th", "a", "t", ""},
        {"ឌ", "d", "o", "t", ""}, {"ឍ", "th", "o", "t", ""}, {"ណ", "n", "a", "n", "s"},
        {"ត", "t", "a", "t", ""}, {"ថ", "th", "a", "t", ""}, {"ទ", "t", "o", "t", ""},
        {"ធ", "th", "o", "t", ""}, {"ន", "n", "o", "n", "s"}, {"ប", "b", "a", "p", ""},
        {"ផ", "ph", "a", "p", ""}, {"ព", "p", "o", "p", ""}, {"ភ", "ph", "o", "p", ""},
        {"ម", "m", "o", "m", "s"}, {"យ", "y", "o", "y", "s"}, {"រ", "r", "o", "r", "s"},
        {"ល", "l", "o", "l", "s"}, {"វ", "v", "o", "v", "s"}, {"ស", "s", "a", "s", ""},
        {"ហ", "h", "a", "h", ""}, {"ឡ", "l", "a", "l", ""}, {"អ", "", "a", "", ""},
    };

    /** vowel sign(s), reading after an a-series consonant, reading after an o-series consonant. Longest first. */
    private static final String[][] VOWELS = {
        {"\u17BB\u17C6", "om", "um"},
        {"\u17B6\u17C6", "am", "oam"},
        {"\u17C4\u17C7", "aoh", "uoh"},
        {"\u17C1\u17C7", "eh", "eh"},
        {"\u17BB\u17C7", "oh", "uh"},
        {"\u17B7\u17C7", "eh", "ih"},
        {"\u17B6\u17C7", "ah", "eah"},
        {"\u17B6", "a", "ea"},
        {"\u17B7", "e", "i"},
        {"\u17B8", "ei", "i"},
        {"\u17B9", "oe", "eu"},
        {"\u17BA", "eu", "eu"},
        {"\u17BB", "o", "u"},
        {"\u17BC", "ou", "u"},
        {"\u17BD", "uo", "uo"},
        {"\u17BE", "aeu", "eu"},
        {"\u17BF", "oea", "oea"},
        {"\u17C0", "ie", "ie"},
        {"\u17C1", "e", "e"},
        {"\u17C2", "ae", "ae"},
        {"\u17C3", "ai", "ey"},
        {"\u17C4", "ao", "o"},
        {"\u17C5", "au", "ov"},
        {"\u17C6", "am", "um"},
        {"\u17C7", "ah", "eah"},
    };

    /** Independent vowels are whole syllables and take no series. */
    private static final String[][] INDEPENDENT_VOWELS = {
        {"ឥ", "e"}, {"ឦ", "ei"}, {"ឧ", "o"}, {"ឩ", "ou"}, {"ឪ", "au"}, {"ឫ", "rue"}, {"ឬ", "rue"},
        {"ឭ", "lue"}, {"ឮ", "lue"}, {"ឯ", "ae"}, {"ឰ", "ai"}, {"ឱ", "ao"}, {"ឲ", "ao"}, {"ឳ", "au"},
    };

    /** Longest Latin first, so that the final rule for "chh" is tried before the one for "ch". */
    private static final List<String[]> CONSONANTS_BY_LATIN_LENGTH = Arrays.stream(CONSONANTS)
            .sorted((x, y) -> Integer.compare(y[1].length(), x[1].length()))
            .toList();

    private static final Transliterator RULES =
            Transliterator.createFromRules("Khmer-Latin/OpenSOR", rules(), Transliterator.FORWARD);

    private KhmerRomanizer() {}

    /** Romanizes the Khmer letters in {@code text}; other characters pass through. */
    static String romanize(String text) {
        // Spaces on both sides let the rules see where a word starts and ends; U+200B separates Khmer words.
        String spaced = " " + text.replace('\u200B', ' ') + " ";
        return RULES.transliterate(spaced).strip();
    }

    static boolean containsKhmer(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF || c >= 0x19E0 && c <= 0x19FF);
    }

    private static String rules() {
        StringBuilder r = new StringBuilder();
        // Pass 1: consonants to Latin plus series markers.
        r.append("[\\u1780-\\u17A2] \\u17CD > ;\n"); // toandakhiat: the consonant is silent
        r.append("ប\\u17C9 > p").append(A).append(";\n"); // ប៉ is read p, a-series
        for (String[] c : CONSONANTS) {
            String subscriptMarker = c[4].equals("s") ? SUB_SONORANT : (c[2].equals("a") ? SUB_A : SUB_O);
            r.append("\\u17D2 ")
                    .append(c[0])
                    .append(" > ")
                    .append(latin(c[1]))
                    .append(subscriptMarker)
                    .append(";\n");
        }
        for (String[] c : CONSONANTS) {
            r.append(c[0])
                    .append(" > ")
                    .append(latin(c[1]))
                    .append(c[2].equals("a") ? A : O)
                    .append(";\n");
        }
        for (String[] v : INDEPENDENT_VOWELS) {
            r.append(v[0]).append(" > ").append(v[1]).append(";\n");
        }
        for (int d = 0; d <= 9; d++) {
            r.append("\\u")
                    .append(Integer.toHexString(0x17E0 + d).toUpperCase())
                    .append(" > ")
                    .append(d)
                    .append(";\n");
        }
        r.append("[\\u17D4\\u17D5] > ' ';\n"); // khan and bariyoosan end a phrase

        // Pass 2: clusters take one series; series shifters.
        r.append("::Null;\n");
        r.append("([")
                .append(A)
                .append(O)
                .append("]) ([a-z]*) ")
                .append(SUB_A)
                .append(" > $2 | ")
                .append(A)
                .append(";\n");
        r.append("([")
                .append(A)
                .append(O)
                .append("]) ([a-z]*) ")
                .append(SUB_O)
                .append(" > $2 | ")
                .append(O)
                .append(";\n");
        r.append("([")
                .append(A)
                .append(O)
                .append("]) ([a-z]*) ")
                .append(SUB_SONORANT)
                .append(" > $2 | $1;\n");
        r.append("[").append(SUB_A).append(SUB_O).append(SUB_SONORANT).append("] > ;\n");
        r.append("[").append(A).append(O).append("] \\u17C9 > ").append(A).append(";\n");
        r.append("[").append(A).append(O).append("] \\u17CA > ").append(O).append(";\n");

        // Pass 3: vowels by series, finals, inherent vowel.
        r.append("::Null;\n");
        for (String[] v : VOWELS) {
            r.append(A)
                    .append(" ")
                    .append(escape(v[0]))
                    .append(" > ")
                    .append(v[1])
                    .append(";\n");
            r.append(O)
                    .append(" ")
                    .append(escape(v[0]))
                    .append(" > ")
                    .append(v[2])
                    .append(";\n");
        }
        String notVowelSign = "[^\\u17B6-\\u17C8]";
        CONSONANTS_BY_LATIN_LENGTH.forEach(c -> {
            if (!c[1].isEmpty() && !c[1].equals(c[3])) {
                r.append("[aeiouy] { ")
                        .append(latin(c[1]))
                        .append(" [")
                        .append(A)
                        .append(O)
                        .append("] } ")
                        .append(notVowelSign)
                        .append(" > ")
                        .append(c[3])
                        .append(";\n");
            }
        });
        String consonantLetters = "[b-df-hj-np-tv-z]*";
        r.append("' ' ")
                .append(consonantLetters)
                .append(" { ")
                .append(A)
                .append(" } ")
                .append(notVowelSign)
                .append(" > a;\n");
        r.append("' ' ")
                .append(consonantLetters)
                .append(" { ")
                .append(O)
                .append(" } ")
                .append(notVowelSign)
                .append(" > o;\n");
        r.append("[").append(A).append(O).append("] > ;\n");
        r.append("[\\u1780-\\u17FF] > ;\n"); // bantoc and other signs that change no letter here
        return r.toString();
    }

    private static String latin(String letters) {
        return letters.isEmpty() ? "" : "'" + letters + "'";
    }

    private static String escape(String khmer) {
        StringBuilder out = new StringBuilder();
        khmer.chars().forEach(ch -> out.append("\\u").append("%04X".formatted(ch)));
        return out.toString();
    }
}
