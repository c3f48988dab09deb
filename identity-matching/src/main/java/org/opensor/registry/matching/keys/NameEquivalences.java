package org.opensor.registry.matching.keys;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opensor.registry.matching.normalize.NameNormalizer;

/**
 * Groups of name words that stand for the same name: English nicknames (Bill for William), and spellings of
 * Khmer, Thai, Vietnamese and Chinese names that no spelling rule derives (Hoang/Huynh, Prayut/Prayuth).
 *
 * <p>Two resources next to this class, one group per line, the first word naming the group: the project's own
 * {@code name-equivalences.txt}, and {@code chinese-surnames.txt}, the Pinyin, Wade-Giles, Cantonese, Hokkien,
 * Teochew and Hakka spellings of common Chinese family names from the published tables it cites (Tan and Chan for
 * Chen, Teo and Cheung for Zhang, Ng for Wu and for Huang). A word may belong to several groups (Wong is Huang and
 * Wang). Each group becomes an {@code eq:} key, so members find each other in the index.
 */
public final class NameEquivalences {

    private static final Set<String> CHINESE_SURNAME_SPELLINGS = new java.util.HashSet<>();
    /** The lines (one name, one Chinese character) each word is on: a group name may head several lines. */
    private static final Map<String, Set<Integer>> LINES_BY_WORD = new HashMap<>();

    private static final Map<Integer, String> GROUP_OF_LINE = new HashMap<>();
    /** The Pinyin of each spelling of a Chinese family name: the heads of the lines of chinese-surnames.txt it is on. */
    private static final Map<String, Set<String>> SURNAME_PINYIN = new HashMap<>();

    private static final Map<String, Set<String>> GROUPS_BY_WORD = load();

    private NameEquivalences() {}

    /** The names of the groups {@code word} (normalized) belongs to; empty if none. */
    public static Set<String> groupsOf(String word) {
        return GROUPS_BY_WORD.getOrDefault(word, Set.of());
    }

    /** Whether {@code word} (normalized) spells a Chinese family name in one of the romanizations of chinese-surnames.txt. */
    public static boolean isChineseSurname(String word) {
        return CHINESE_SURNAME_SPELLINGS.contains(word);
    }

    /** The Pinyin spellings of the Chinese family names {@code word} (normalized) spells (Tan: chen); empty if none. */
    public static Set<String> chineseSurnamePinyin(String word) {
        return SURNAME_PINYIN.getOrDefault(word, Set.of());
    }

    /**
     * The group two different words share, if any, e.g. {@code william} for bill and will. They must be on one line:
     * Kong (江) and Cheung (蔣) both meet Jiang, but not each other, since one Pinyin spelling stands for both characters.
     */
    public static String sharedGroup(String a, String b) {
        Set<Integer> linesOfB = LINES_BY_WORD.getOrDefault(b, Set.of());
        for (int line : LINES_BY_WORD.getOrDefault(a, Set.of())) {
            if (linesOfB.contains(line)) {
                return GROUP_OF_LINE.get(line);
            }
        }
        return null;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> groups = new HashMap<>();
        load("name-equivalences.txt", groups);
        Map<String, Set<String>> chinese = new HashMap<>();
        load("chinese-surnames.txt", chinese);
        CHINESE_SURNAME_SPELLINGS.addAll(chinese.keySet());
        chinese.forEach((word, heads) -> SURNAME_PINYIN.put(word, Set.copyOf(heads)));
        chinese.forEach((word, set) ->
                groups.computeIfAbsent(word, w -> new TreeSet<>()).addAll(set));
        groups.replaceAll((word, set) -> Set.copyOf(set));
        return Map.copyOf(groups);
    }

    private static void load(String resource, Map<String, Set<String>> groups) {
        try (InputStream in = NameEquivalences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int comment = line.indexOf('#');
                String group = comment < 0 ? line : line.substring(0, comment);
                if (group.isBlank()) {
                    continue;
                }
                List<String> words = NameNormalizer.words(NameNormalizer.normalize(group));
                int lineId = GROUP_OF_LINE.size();
                GROUP_OF_LINE.put(lineId, words.getFirst());
                for (String word : words) {
                    groups.computeIfAbsent(word, w -> new TreeSet<>()).add(words.getFirst());
                    LINES_BY_WORD
                            .computeIfAbsent(word, w -> new java.util.HashSet<>())
                            .add(lineId);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
