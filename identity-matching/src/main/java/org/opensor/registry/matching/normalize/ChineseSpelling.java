package org.opensor.registry.matching.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opensor.registry.matching.text.Memo;

/**
 * Chinese names spelled in Wade-Giles (Hsi Chin-p'ing, Mao Tse-tung, Chiang Ching-kuo) against the same names
 * in Pinyin (Xi Jinping, Mao Zedong, Jiang Jingguo). Older records, Taiwanese passports and many sanctions lists
 * use Wade-Giles; Chinese passports use Pinyin. No letter-by-letter rule joins them (hs/x, ch/j/zh/q, ts/z/c,
 * k/g, t/d, p/b, ung/ong, ih/i), so each Wade-Giles syllable is turned into its possible Pinyin syllables by a
 * small table of initials and finals, checked against the list of real Pinyin syllables. The apostrophe that
 * marks aspiration in Wade-Giles is lost in most records, so both readings (ch → zh and ch) are kept.
 */
public final class ChineseSpelling {

    private static final Set<String> PINYIN = loadPinyin();
    private static final int MAX_SYLLABLE_LENGTH = 6;
    private static final int MAX_READINGS = 256;

    /** Wade-Giles initials and the Pinyin initials they may stand for, longest first. */
    private static final List<Map.Entry<String, List<String>>> INITIALS = List.of(
            Map.entry("hs", List.of("x")),
            Map.entry("ch", List.of("zh", "ch", "j", "q")),
            Map.entry("ts", List.of("z", "c")),
            Map.entry("tz", List.of("z", "c")),
            Map.entry("ss", List.of("s")),
            Map.entry("sz", List.of("s")),
            Map.entry("sh", List.of("sh")),
            Map.entry("k", List.of("g", "k")),
            Map.entry("t", List.of("d", "t")),
            Map.entry("p", List.of("b", "p")),
            Map.entry("j", List.of("r")));

    /** Wade-Giles finals that Pinyin spells otherwise. */
    private static final List<Map.Entry<String, String>> FINALS = List.of(
            Map.entry("iung", "iong"),
            Map.entry("ung", "ong"),
            Map.entry("ieh", "ie"),
            Map.entry("ien", "ian"),
            Map.entry("ueh", "ue"),
            Map.entry("uei", "ui"),
            Map.entry("erh", "er"),
            Map.entry("ih", "i"),
            Map.entry("eh", "e"),
            Map.entry("u", "i"),
            Map.entry("o", "e"));

    /** Finals rewritten only after some initials: tzu is zi, but tu is du; ko is ge, but to is duo. */
    private static final Map<String, Set<String>> FINAL_ONLY_AFTER =
            Map.of("u", Set.of("ts", "tz", "ss", "sz"), "o", Set.of("k", "h", ""));

    private ChineseSpelling() {}

    /**
     * Every Pinyin reading of a name, each as all its syllables joined, taking each syllable as Pinyin or as
     * Wade-Giles; empty if some word is not made of Chinese syllables.
     */
    public static Set<String> pinyinReadings(List<String> words) {
        return READINGS.get(List.copyOf(words));
    }

    /**
     * The Pinyin readings of a name that does not read as typed but does once two neighbouring letters of one word are
     * swapped back (Tnug-ping is Tung-ping, Dongping; Hsaio is Hsiao): a typing slip on top of another romanization.
     * Empty if the name reads as typed, or if more than one word does not read.
     */
    public static Set<String> pinyinReadingsOnceTwoLettersSwapped(List<String> words) {
        return SWAPPED_READINGS.get(List.copyOf(words));
    }

    private static final Memo<List<String>, Set<String>> SWAPPED_READINGS =
            Memo.of(words -> Collections.unmodifiableSet(readingsOnceSwapped(words)), 100_000);

    private static Set<String> readingsOnceSwapped(List<String> words) {
        int unreadable = -1;
        for (int i = 0; i < words.size(); i++) {
            if (readingsFrom(words.get(i), 0).isEmpty()) {
                if (unreadable >= 0) {
                    return Set.of();
                }
                unreadable = i;
            }
        }
        if (unreadable < 0) {
            return Set.of();
        }
        Set<String> readings = new LinkedHashSet<>();
        char[] letters = words.get(unreadable).toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            List<String> fixed = new ArrayList<>(words);
            char kept = letters[i];
            letters[i] = letters[i + 1];
            letters[i + 1] = kept;
            fixed.set(unreadable, new String(letters));
            letters[i + 1] = letters[i];
            letters[i] = kept;
            readings.addAll(readingsOfWords(fixed));
        }
        return readings;
    }

    /**
     * Retrieval codes of a name: its Pinyin readings with the letters Wade-Giles cannot tell apart made one (zh, ch,
     * j and q; z and c; g and k; d and t; b and p), so that a Wade-Giles spelling and the Pinyin one share a code
     * (Kuo-chin and Guojin: {@code kuojin}). Several readings often share a code, so there are few. Empty if some
     * word is not made of Chinese syllables.
     */
    public static Set<String> retrievalCodes(List<String> words) {
        return CODES.get(List.copyOf(words));
    }

    private static Set<String> codesOf(List<String> words) {
        Set<String> codes = new TreeSet<>();
        // Straight from the readings, not through their memo: that one holds the names the scorer compares.
        for (String reading : readingsOfWords(words)) {
            codes.add(retrievalCode(reading));
        }
        return Collections.unmodifiableSet(codes);
    }

    private static final Memo<List<String>, Set<String>> READINGS =
            Memo.of(words -> Collections.unmodifiableSet(readingsOfWords(words)), 100_000);
    /** The keys ask for every word and word pair of every name indexed and searched; most are asked again and again. */
    private static final Memo<List<String>, Set<String>> CODES = Memo.of(ChineseSpelling::codesOf, 100_000);

    private static Set<String> readingsOfWords(List<String> words) {
        List<Set<String>> perWord = new ArrayList<>();
        for (String word : words) {
            Set<String> readings = readingsFrom(word, 0);
            if (readings.isEmpty()) {
                return Set.of();
            }
            perWord.add(readings);
        }
        return words.isEmpty() ? Set.of() : combine(perWord);
    }

    private static Set<String> readingsFrom(String word, int from) {
        if (from == word.length()) {
            return Set.of("");
        }
        Set<String> readings = new LinkedHashSet<>();
        for (int end = Math.min(word.length(), from + MAX_SYLLABLE_LENGTH); end > from; end--) {
            Set<String> heads = pinyinOf(word.substring(from, end));
            if (heads.isEmpty()) {
                continue;
            }
            for (String tail : readingsFrom(word, end)) {
                for (String head : heads) {
                    if (readings.size() < MAX_READINGS) {
                        readings.add(head + tail);
                    }
                }
            }
        }
        return readings;
    }

    /** Whether a normalized word is one Chinese syllable, in Pinyin or Wade-Giles (li, lin, hsi). */
    public static boolean isSyllable(String word) {
        return word.length() <= MAX_SYLLABLE_LENGTH && !SYLLABLES.get(word).isEmpty();
    }

    private static final Memo<String, Set<String>> SYLLABLES = Memo.of(ChineseSpelling::pinyinOf, 100_000);

    /** Whether a normalized word is one to three Pinyin syllables exactly as written (guowei, ming), not Wade-Giles. */
    public static boolean writtenInPinyin(String word) {
        return pinyinFrom(word, 0, 3);
    }

    private static boolean pinyinFrom(String word, int from, int syllablesLeft) {
        if (from == word.length()) {
            return true;
        }
        for (int end = Math.min(word.length(), from + MAX_SYLLABLE_LENGTH); end > from && syllablesLeft > 0; end--) {
            if (PINYIN.contains(word.substring(from, end)) && pinyinFrom(word, end, syllablesLeft - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The Pinyin syllables one normalized syllable in Pinyin or Wade-Giles stands for (hsi: xi); empty if none. */
    public static Set<String> syllableReadings(String syllable) {
        return syllable.length() <= MAX_SYLLABLE_LENGTH ? SYLLABLES.get(syllable) : Set.of();
    }

    /** The retrieval code of one Pinyin reading, as {@link #retrievalCodes} makes them. */
    public static String retrievalCode(String reading) {
        return reading.replace("zh", "j")
                .replace("ch", "j")
                .replace('q', 'j')
                .replace('c', 'z')
                .replace('g', 'k')
                .replace('d', 't')
                .replace('b', 'p');
    }

    /** The Pinyin syllables one Wade-Giles (or Pinyin) syllable may stand for. */
    static Set<String> pinyinOf(String syllable) {
        Set<String> out = new HashSet<>();
        if (PINYIN.contains(syllable)) {
            out.add(syllable);
        }
        List<Map.Entry<String, List<String>>> initials = new ArrayList<>(INITIALS);
        initials.add(Map.entry("", List.of("")));
        for (Map.Entry<String, List<String>> initial : initials) {
            String wg = initial.getKey();
            if (!syllable.startsWith(wg) || (wg.isEmpty() && !startsWithOther(syllable))) {
                continue;
            }
            String rest = syllable.substring(wg.length());
            for (String pinyinInitial : initial.getValue().isEmpty() ? List.of(wg) : initial.getValue()) {
                addIfPinyin(pinyinInitial + rest, out);
                for (Map.Entry<String, String> fin : FINALS) {
                    Set<String> onlyAfter = FINAL_ONLY_AFTER.get(fin.getKey());
                    boolean allowed = onlyAfter == null
                            || onlyAfter.contains(wg)
                            || (wg.isEmpty() && onlyAfter.contains(syllable.substring(0, 1)));
                    if (allowed
                            && rest.endsWith(fin.getKey())
                            && rest.length() > fin.getKey().length() - 1) {
                        addIfPinyin(
                                pinyinInitial
                                        + rest.substring(
                                                0, rest.length() - fin.getKey().length())
                                        + fin.getValue(),
                                out);
                    }
                }
            }
            if (!wg.isEmpty()) {
                break;
            }
        }
        return out;
    }

    private static boolean startsWithOther(String syllable) {
        for (Map.Entry<String, List<String>> initial : INITIALS) {
            if (syllable.startsWith(initial.getKey())) {
                return false;
            }
        }
        return true;
    }

    private static void addIfPinyin(String candidate, Set<String> out) {
        if (PINYIN.contains(candidate)) {
            out.add(candidate);
        }
    }

    private static Set<String> combine(List<Set<String>> perWord) {
        Set<String> readings = new LinkedHashSet<>(List.of(""));
        for (Set<String> options : perWord) {
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : readings) {
                for (String option : options) {
                    if (next.size() < MAX_READINGS) {
                        next.add(prefix + option);
                    }
                }
            }
            readings = next;
        }
        return readings;
    }

    private static Set<String> loadPinyin() {
        try (InputStream in = ChineseSpelling.class.getResourceAsStream("pinyin-syllables.txt")) {
            if (in == null) {
                throw new IllegalStateException("pinyin-syllables.txt is missing from the classpath");
            }
            Set<String> syllables = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    syllables.addAll(List.of(line.strip().split("\\s+")));
                }
            }
            syllables.remove("");
            return Set.copyOf(syllables);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
