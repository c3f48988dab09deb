package org.opensor.registry.matching.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opensor.registry.matching.normalize.ChineseSpelling;
import org.opensor.registry.matching.normalize.NameNormalizer;
import org.opensor.registry.matching.text.Memo;

/**
 * Chinese names in the Cantonese, Hokkien, Teochew and Hakka spellings of Hong Kong, Macau, Singapore and Malaysia
 * (Tan Kok Wai, Lim Siew Ling, Chee Keong) read as Pinyin (Chen Guowei, Lin Xiuling, Zhiqiang): each syllable by the
 * table {@code chinese-given-names.txt} (one character a line, from the published readings it cites) or as Pinyin and
 * Wade-Giles, a family name also by {@code chinese-surnames.txt}. No spelling rule derives them: Kok is Guo, Chee is
 * Zhi, Boon is Wen.
 */
public final class ChineseDialectNames {

    private static final String TABLE = "chinese-given-names.txt";
    private static final List<List<String>> LINES = loadLines();
    private static final Map<String, Set<String>> PINYIN_OF_SPELLING = pinyinOfSpellings(LINES);
    private static final int LONGEST_SPELLING =
            PINYIN_OF_SPELLING.keySet().stream().mapToInt(String::length).max().orElse(0);
    private static final int MAX_SYLLABLE_LENGTH = Math.max(LONGEST_SPELLING, 6);
    private static final int MAX_SYLLABLES_IN_A_WORD = 3;
    private static final int MAX_READINGS = 256;

    private ChineseDialectNames() {}

    /**
     * Every Pinyin reading of a name (its words joined), each syllable read as Pinyin, Wade-Giles or a dialect spelling;
     * empty if some word reads no way. Ask only of a name {@link #mayBeInADialectSpelling}.
     */
    public static Set<String> pinyinReadings(List<String> words) {
        return READINGS.get(List.copyOf(words));
    }

    /**
     * Whether a name may be written in a dialect spelling: some word is not Pinyin as written (Kok, Siew, Tsan), or the
     * given name is written as separate syllables (Ka Po, Hong Mei), as Hong Kong, Singapore and Malaysia write it and
     * Pinyin does not (Jiabao). Hong is a Hokkien spelling of Fang, but Hongmei written in Pinyin is not Fangmei.
     *
     * @param words the name's words as spelled
     * @param separateGivenSyllables how many of its given-name words are one syllable each (all but the first word when
     *     the parts of the name are not known)
     */
    public static boolean mayBeInADialectSpelling(List<String> words, int separateGivenSyllables) {
        return separateGivenSyllables >= 2 || !words.stream().allMatch(ChineseSpelling::writtenInPinyin);
    }

    /** Whether a normalized word is a dialect spelling of one syllable in the table (See, Kok, Chee). */
    public static boolean isDialectSyllable(String word) {
        return PINYIN_OF_SPELLING.containsKey(word);
    }

    private static final Memo<List<String>, Set<String>> READINGS =
            Memo.of(words -> Collections.unmodifiableSet(readingsOf(words)), 100_000);

    private static Set<String> readingsOf(List<String> words) {
        if (words.isEmpty()) {
            return Set.of();
        }
        Set<String> readings = new LinkedHashSet<>(List.of(""));
        for (String word : words) {
            Set<String> ofWord = wordReadings(word);
            if (ofWord.isEmpty()) {
                return Set.of();
            }
            Set<String> next = new LinkedHashSet<>();
            for (String prefix : readings) {
                for (String reading : ofWord) {
                    if (next.size() < MAX_READINGS) {
                        next.add(prefix + reading);
                    }
                }
            }
            readings = next;
        }
        return readings;
    }

    /** The readings of one word: a family name's Pinyin, or the word split into one to three syllables. */
    private static Set<String> wordReadings(String word) {
        Set<String> readings = new LinkedHashSet<>(NameEquivalences.chineseSurnamePinyin(word));
        readings.addAll(syllablesFrom(word, 0, MAX_SYLLABLES_IN_A_WORD));
        return readings;
    }

    private static Set<String> syllablesFrom(String word, int from, int syllablesLeft) {
        if (from == word.length()) {
            return Set.of("");
        }
        if (syllablesLeft == 0) {
            return Set.of();
        }
        Set<String> readings = new LinkedHashSet<>();
        for (int end = Math.min(word.length(), from + MAX_SYLLABLE_LENGTH); end > from; end--) {
            String piece = word.substring(from, end);
            Set<String> heads = new LinkedHashSet<>(ChineseSpelling.syllableReadings(piece));
            heads.addAll(PINYIN_OF_SPELLING.getOrDefault(piece, Set.of()));
            if (heads.isEmpty()) {
                continue;
            }
            for (String tail : syllablesFrom(word, end, syllablesLeft - 1)) {
                for (String head : heads) {
                    if (readings.size() < MAX_READINGS) {
                        readings.add(head + tail);
                    }
                }
            }
        }
        return readings;
    }

    private static Map<String, Set<String>> pinyinOfSpellings(List<List<String>> lines) {
        Map<String, Set<String>> pinyin = new HashMap<>();
        for (List<String> line : lines) {
            for (String spelling : line.subList(1, line.size())) {
                pinyin.computeIfAbsent(spelling, w -> new TreeSet<>()).add(line.getFirst());
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        pinyin.forEach((spelling, readings) -> frozen.put(spelling, Set.copyOf(readings)));
        return Map.copyOf(frozen);
    }

    /** The table's lines, Pinyin first, for the evaluation's labelled set. */
    public static List<List<String>> lines() {
        return LINES;
    }

    private static List<List<String>> loadLines() {
        try (InputStream in = ChineseDialectNames.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath");
            }
            List<List<String>> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf('#');
                String words = (comment < 0 ? line : line.substring(0, comment)).strip();
                if (!words.isEmpty()) {
                    lines.add(NameNormalizer.words(NameNormalizer.normalize(words)));
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
