package org.opensor.registry.matching.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.keys.ChineseDialectNames;
import org.opensor.registry.matching.normalize.ChineseSpelling;
import org.opensor.registry.matching.normalize.NameNormalizer;

/**
 * One Latin reading of a name as a list of distinct normalized words, each remembering which part of the name
 * it came from, so that reasons can say "family name" and notice a swapped order.
 *
 * @param words        the words, without repeats (Shoigu Shoigu Sergey is Shoigu Sergey)
 * @param roles        the part each word came from, same order
 * @param transliterated true if the name was written in another script than Latin
 * @param original     the name as written, for reasons
 * @param spelled      the words as written, repeats kept: a repeated syllable is part of a Chinese name (Wei-wei is
 *                     Weiwei, Kuo Kuo-hsin is Guo Guoxin), not a repeated word
 * @param reversed     {@code spelled} in the other order (Chinese names are written family name first or last)
 * @param joined       the words as spelled joined as one, as when a name is written without spaces (SergeiLavrov)
 * @param joinedReversed {@code reversed} joined as one
 * @param pinyin       the Pinyin readings of {@code spelled} (none if it is not a Chinese name in Pinyin or Wade-Giles)
 * @param pinyinReversed the Pinyin readings of {@code reversed}
 * @param mayBeDialect whether the name may be in a Cantonese, Hokkien, Teochew or Hakka spelling
 *                     ({@link ChineseDialectNames#mayBeInADialectSpelling})
 */
record NameWords(
        List<String> words,
        List<Role> roles,
        boolean transliterated,
        String original,
        List<String> spelled,
        List<String> reversed,
        String joined,
        String joinedReversed,
        Set<String> pinyin,
        Set<String> pinyinReversed,
        boolean mayBeDialect) {

    /** Made once per name and remembered: every candidate of every search meets the query's readings. */
    static NameWords of(
            List<String> words, List<Role> roles, boolean transliterated, String original, List<String> spelled) {
        List<String> reversed = reversedOf(spelled);
        return new NameWords(
                words,
                roles,
                transliterated,
                original,
                spelled,
                reversed,
                String.join("", spelled),
                String.join("", reversed),
                ChineseSpelling.pinyinReadings(spelled),
                ChineseSpelling.pinyinReadings(reversed),
                mayBeDialect(words, roles, spelled));
    }

    /** Given-name syllables written apart count, as a dialect given name is written (Kok Wai, Siew Ling). */
    private static boolean mayBeDialect(List<String> words, List<Role> roles, List<String> spelled) {
        boolean partsKnown = roles.contains(Role.FAMILY);
        int separate = 0;
        for (int i = partsKnown ? 0 : 1; i < words.size(); i++) {
            boolean given = !partsKnown || roles.get(i) == Role.GIVEN;
            String word = words.get(i);
            separate +=
                    given && (ChineseSpelling.isSyllable(word) || ChineseDialectNames.isDialectSyllable(word)) ? 1 : 0;
        }
        return ChineseDialectNames.mayBeInADialectSpelling(spelled, separate);
    }

    private static List<String> reversedOf(List<String> spelled) {
        List<String> reversed = new ArrayList<>(spelled);
        java.util.Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    enum Role {
        FAMILY("family name"),
        GIVEN("given name"),
        UNKNOWN("name");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    /** Every Latin reading of {@code name}; more than one only for Thai (ICU and passport spelling). */
    static List<NameWords> readingsOf(PersonName name) {
        return READINGS.get(name);
    }

    private static final org.opensor.registry.matching.text.Memo<PersonName, List<NameWords>> READINGS =
            org.opensor.registry.matching.text.Memo.of(NameWords::computeReadings, 100_000);

    private static List<NameWords> computeReadings(PersonName name) {
        List<List<String>> family = formsOf(name.family());
        List<List<String>> given = formsOf(name.given());
        List<List<String>> full = formsOf(name.full());
        boolean transliterated = NameNormalizer.isNonLatinScript(name.family())
                || NameNormalizer.isNonLatinScript(name.given())
                || NameNormalizer.isNonLatinScript(name.full());
        List<NameWords> readings = new ArrayList<>();
        for (List<String> f : family) {
            for (List<String> g : given) {
                for (List<String> u : full) {
                    Set<String> seen = new LinkedHashSet<>();
                    List<String> words = new ArrayList<>();
                    List<Role> roles = new ArrayList<>();
                    add(f, Role.FAMILY, seen, words, roles);
                    add(g, Role.GIVEN, seen, words, roles);
                    add(u, Role.UNKNOWN, seen, words, roles);
                    List<String> spelled = new ArrayList<>(f);
                    spelled.addAll(g);
                    if (spelled.isEmpty()) {
                        spelled.addAll(u);
                    }
                    if (!words.isEmpty()) {
                        readings.add(NameWords.of(
                                List.copyOf(words),
                                List.copyOf(roles),
                                transliterated,
                                name.display(),
                                spelled.isEmpty() ? List.copyOf(words) : List.copyOf(spelled)));
                    }
                }
            }
        }
        return List.copyOf(readings);
    }

    /** Whether a word was spelled twice (Wei-wei, Kuo Kuo-hsin). */
    boolean repeatsAWord() {
        return spelled.size() != words.size();
    }

    /** The Latin reading in capitals, for reasons. */
    String display() {
        return String.join(" ", words).toUpperCase();
    }

    private static List<List<String>> formsOf(String part) {
        if (part == null) {
            return List.of(List.of());
        }
        return NameNormalizer.latinForms(part).stream()
                .map(NameNormalizer::words)
                .toList();
    }

    private static void add(List<String> part, Role role, Set<String> seen, List<String> words, List<Role> roles) {
        for (String word : part) {
            if (seen.add(word)) {
                words.add(word);
                roles.add(role);
            }
        }
    }
}
