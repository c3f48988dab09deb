package org.opensor.registry.matching.keys;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.opensor.registry.matching.Alias;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.normalize.ChineseSpelling;
import org.opensor.registry.matching.normalize.NameNormalizer;

/**
 * The keys under which an identity is indexed for candidate retrieval, as one set of strings so that a search
 * index can hold them in a single keyword field. A query's keys are computed the same way; any shared key
 * makes a record a candidate, which the {@link org.opensor.registry.matching.score.IdentityScorer} then
 * scores. Each key starts with its kind:
 * <table>
 *   <caption>Key kinds</caption>
 *   <tr><th>prefix</th><th>meaning</th><th>example for CHANN Sokha, 1970-05-12, passport N0123456</th></tr>
 *   <tr><td>{@code n:}</td><td>normalized name word</td><td>{@code n:chann}, {@code n:sokha}</td></tr>
 *   <tr><td>{@code sk:}</td><td>romanization-variant skeleton ({@link RomanizationSkeleton})</td>
 *       <td>{@code sk:chan}, {@code sk:s1ka}</td></tr>
 *   <tr><td>{@code dm:}</td><td>Double Metaphone codes (primary and alternate)</td><td>{@code dm:XN}</td></tr>
 *   <tr><td>{@code th:}</td><td>looser skeleton of words of five letters or more, on which Latin spellings of one
 *       Thai name meet ({@link RomanizationSkeleton#thaiVariant})</td><td>{@code th:s1kh1} for Sokhar</td></tr>
 *   <tr><td>{@code eq:}</td><td>name-equivalence group ({@link NameEquivalences})</td><td>{@code eq:sokha}</td></tr>
 *   <tr><td>{@code tg:}</td><td>character trigrams of each word</td><td>{@code tg:cha}, {@code tg:ann}</td></tr>
 *   <tr><td>{@code zh:}</td><td>Chinese spelling code of each word and of each two neighbouring words
 *       ({@link ChineseSpelling#retrievalCodes}): Wade-Giles and Pinyin spellings share it</td>
 *       <td>for LIU Kuo-chin and LIU Guojin: {@code zh:liu}, {@code zh:kuojin}</td></tr>
 *   <tr><td>{@code dob:}</td><td>date-of-birth prefixes Y, Y-M, Y-M-D; every year of an approximate date</td>
 *       <td>{@code dob:1970}, {@code dob:1970-05}, {@code dob:1970-05-12}</td></tr>
 *   <tr><td>{@code doc:}</td><td>OCR-tolerant document number ({@link DocumentNumbers})</td>
 *       <td>{@code doc:N0123456}</td></tr>
 * </table>
 * Name keys come from every name and alias, in every Latin form (both forms for Thai).
 */
public final class IdentityKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /** A word rarely has more than a few codes; a bound keeps an odd one from flooding the keys. */
    private static final int MAX_CHINESE_CODES = 8;

    private IdentityKeys() {}

    /** All retrieval keys of {@code identity}, sorted. */
    public static Set<String> of(Identity identity) {
        Set<String> keys = new TreeSet<>();
        for (Alias name : identity.allNames()) {
            addNameKeys(name.name(), keys);
            if (name.dateOfBirth() != null) {
                addDateKeys(name.dateOfBirth(), keys);
            }
        }
        for (String number : identity.documentNumbers()) {
            String key = ofDocumentNumber(number);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * The key of one document number ({@code doc:} and its OCR-tolerant form), as the index holds it; null for a
     * number with no letter or digit. A search by a document number alone asks for this key and the keys one
     * character from it.
     */
    public static String ofDocumentNumber(String number) {
        String tolerant = DocumentNumbers.ocrTolerant(number);
        return tolerant.isEmpty() ? null : "doc:" + tolerant;
    }

    /**
     * The keys a search asks for: {@link #of} and, for each date of birth of a known year, the years next to it. A
     * namesake born a year off is a possible hit, so the index should rank that namesake above namesakes born decades
     * off, who are weak ones; without the neighbouring years the keys could not tell them apart.
     */
    public static Set<String> ofQuery(Identity identity) {
        Set<String> keys = new TreeSet<>(of(identity));
        for (Alias name : identity.allNames()) {
            addSlipMendedKeys(name.name(), keys);
            addDialectKeys(name.name(), keys);
            PartialDate date = name.dateOfBirth();
            if (date != null && !date.isApproximate()) {
                keys.add("dob:" + (date.year() - 1));
                keys.add("dob:" + (date.year() + 1));
            }
        }
        return keys;
    }

    /**
     * The equivalence-group and Chinese keys a typed word reaches once two neighbouring letters are swapped back (Dna
     * is Dan, of the Daniel group; Hugn-te is Hung-te, Hongde), where the word as typed reaches none: the scorer
     * forgives that slip, so retrieval must not leave such a record tied at the candidate cut with every namesake who
     * shares only the family name. Only for queries: the index holds names as recorded.
     */
    private static void addSlipMendedKeys(PersonName name, Set<String> keys) {
        for (String part : new String[] {name.family(), name.given(), name.full()}) {
            if (part == null) {
                continue;
            }
            for (String form : NameNormalizer.latinForms(part)) {
                for (String word : NameNormalizer.words(form)) {
                    if (word.length() >= 3 && NameEquivalences.groupsOf(word).isEmpty()) {
                        for (String mended : onceTwoLettersSwapped(word)) {
                            NameEquivalences.groupsOf(mended).forEach(group -> keys.add("eq:" + group));
                        }
                    }
                }
            }
        }
        String whole = name.full() != null
                ? name.full()
                : String.join(
                        " ",
                        java.util.stream.Stream.of(name.family(), name.given())
                                .filter(java.util.Objects::nonNull)
                                .toList());
        for (String form : NameNormalizer.latinForms(whole)) {
            List<String> words = NameNormalizer.words(form);
            // As the scorer reads a name: every word a Chinese syllable but one, which reads once two letters are
            // swapped back.
            if (ChineseSpelling.pinyinReadingsOnceTwoLettersSwapped(words).isEmpty()) {
                continue;
            }
            for (int w = 0; w < words.size(); w++) {
                if (!ChineseSpelling.retrievalCodes(words.subList(w, w + 1)).isEmpty()) {
                    continue;
                }
                for (String mended : onceTwoLettersSwapped(words.get(w))) {
                    if (!ChineseSpelling.retrievalCodes(List.of(mended)).isEmpty()) {
                        List<String> fixed = new java.util.ArrayList<>(words);
                        fixed.set(w, mended);
                        addChineseKeys(fixed, keys);
                    }
                }
            }
        }
    }

    /**
     * The Chinese codes of a name in Cantonese, Hokkien, Teochew or Hakka spelling read as Pinyin, for each word and each
     * two or three neighbouring words (Kok Wai: {@code zh:kuowei}, the code of the Pinyin record's Guowei), so that the
     * registrant is among the candidates without a date of birth. Only for queries: the index holds names as recorded.
     */
    private static void addDialectKeys(PersonName name, Set<String> keys) {
        String whole = name.full() != null
                ? name.full()
                : String.join(
                        " ",
                        java.util.stream.Stream.of(name.family(), name.given())
                                .filter(java.util.Objects::nonNull)
                                .toList());
        for (String form : NameNormalizer.latinForms(whole)) {
            List<String> words = NameNormalizer.words(form);
            for (int from = 0; from < words.size(); from++) {
                for (int to = from + 1; to <= Math.min(words.size(), from + 3); to++) {
                    List<String> window = words.subList(from, to);
                    // A window in Pinyin asks only when its syllables are written apart (Ka Po), never for Jiabao.
                    if (!ChineseDialectNames.mayBeInADialectSpelling(window, window.size())) {
                        continue;
                    }
                    ChineseDialectNames.pinyinReadings(window).stream()
                            .map(ChineseSpelling::retrievalCode)
                            .distinct()
                            .limit(MAX_CHINESE_CODES)
                            .forEach(code -> keys.add("zh:" + code));
                }
            }
        }
    }

    /** The word with each pair of neighbouring, different letters swapped. */
    private static List<String> onceTwoLettersSwapped(String word) {
        List<String> swapped = new java.util.ArrayList<>();
        char[] letters = word.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            char kept = letters[i];
            letters[i] = letters[i + 1];
            letters[i + 1] = kept;
            swapped.add(new String(letters));
            letters[i + 1] = letters[i];
            letters[i] = kept;
        }
        return swapped;
    }

    /** How much more than a name key one shared key counts when ranking candidates. */
    private static final double DOCUMENT_BOOST = 10;

    private static final double FULL_DATE_BOOST = 3;
    private static final int FULL_DATE_KEY_LENGTH = "dob:YYYY-MM-DD".length();

    /**
     * The weight of a shared key beyond its rarity: a document number counts ten times, a full date of birth three
     * times, every other key once. A registrant who shares the query's document number, or its name and full date of
     * birth, then reaches the candidates before namesakes who share only a common name, however many name keys
     * those share, and a renamed registrant keeping passport and birth date is found at all.
     */
    public static double boostOf(String key) {
        if (key.startsWith("doc:")) {
            return DOCUMENT_BOOST;
        }
        return key.startsWith("dob:") && key.length() == FULL_DATE_KEY_LENGTH ? FULL_DATE_BOOST : 1;
    }

    /** The name keys of one name string in any script (the n, sk, dm, eq and tg kinds). */
    public static Set<String> ofName(String name) {
        Set<String> keys = new TreeSet<>();
        addNameKeys(PersonName.full(name), keys);
        return keys;
    }

    private static void addNameKeys(PersonName name, Set<String> keys) {
        for (String part : new String[] {name.family(), name.given(), name.full()}) {
            if (part == null) {
                continue;
            }
            for (String form : NameNormalizer.latinForms(part)) {
                List<String> words = NameNormalizer.words(form);
                for (String word : words) {
                    addWordKeys(word, keys);
                }
                if (words.size() > 1) {
                    // "Sok Sokha" is also written "Soksokha"; the joined form meets it.
                    addWordKeys(String.join("", words), keys);
                }
                addChineseKeys(words, keys);
            }
        }
    }

    private static void addWordKeys(String word, Set<String> keys) {
        keys.add("n:" + word);
        keys.add("sk:" + RomanizationSkeleton.of(word));
        String thai = RomanizationSkeleton.thaiVariant(word);
        if (thai != null) {
            keys.add("th:" + thai);
        }
        for (String group : NameEquivalences.groupsOf(word)) {
            keys.add("eq:" + group);
        }
        if (!word.chars().allMatch(Character::isDigit)) {
            addIfPresent("dm:", METAPHONE.doubleMetaphone(word), keys);
            addIfPresent("dm:", METAPHONE.doubleMetaphone(word, true), keys);
        }
        if (word.length() <= 3) {
            keys.add("tg:" + word);
        } else {
            for (int i = 0; i + 3 <= word.length(); i++) {
                keys.add("tg:" + word.substring(i, i + 3));
            }
        }
    }

    /**
     * A Chinese given name is one word or two (Guojin, Kuo-chin, Kuo Chin), so each word and each two neighbouring
     * words get their codes; without these a Wade-Giles query missed its Pinyin record at retrieval, though the
     * scorer knows them for the same name (most of the synthetic set's retrieval misses at 20,000 registrants).
     */
    private static void addChineseKeys(List<String> words, Set<String> keys) {
        for (int i = 0; i < words.size(); i++) {
            addChineseCodes(words.subList(i, i + 1), keys);
            if (i + 1 < words.size()) {
                addChineseCodes(words.subList(i, i + 2), keys);
            }
        }
    }

    private static void addChineseCodes(List<String> words, Set<String> keys) {
        ChineseSpelling.retrievalCodes(words).stream().limit(MAX_CHINESE_CODES).forEach(code -> keys.add("zh:" + code));
    }

    private static void addDateKeys(PartialDate date, Set<String> keys) {
        for (int year = date.year() - date.plusMinusYears(); year <= date.year() + date.plusMinusYears(); year++) {
            keys.add("dob:" + year);
        }
        if (!date.isApproximate() && date.hasMonth()) {
            keys.add("dob:%d-%02d".formatted(date.year(), date.month()));
            if (date.hasDay()) {
                keys.add("dob:%d-%02d-%02d".formatted(date.year(), date.month(), date.day()));
            }
        }
    }

    private static void addIfPresent(String prefix, String code, Set<String> keys) {
        if (code != null && !code.isEmpty()) {
            keys.add(prefix + code);
        }
    }
}
