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
 * <p>The list is the project's own, shipped as the resource {@code name-equivalences.txt} next to this class:
 * one group per line, the first word names the group. A word may belong to several groups (Chan is both Khmer
 * and Cantonese). Each group becomes an {@code eq:} key, so members find each other in the index.
 */
public final class NameEquivalences {

    private static final Map<String, Set<String>> GROUPS_BY_WORD = load();

    private NameEquivalences() {
    }

    /** The names of the groups {@code word} (normalized) belongs to; empty if none. */
    public static Set<String> groupsOf(String word) {
        return GROUPS_BY_WORD.getOrDefault(word, Set.of());
    }

    /** The group two different words share, if any, e.g. {@code william} for bill and will. */
    public static String sharedGroup(String a, String b) {
        for (String group : groupsOf(a)) {
            if (groupsOf(b).contains(group)) {
                return group;
            }
        }
        return null;
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> groups = new HashMap<>();
        try (InputStream in = NameEquivalences.class.getResourceAsStream("name-equivalences.txt")) {
            if (in == null) {
                throw new IllegalStateException("name-equivalences.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> words = NameNormalizer.words(NameNormalizer.normalize(line));
                String group = words.getFirst();
                for (String word : words) {
                    groups.computeIfAbsent(word, w -> new TreeSet<>()).add(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        groups.replaceAll((word, set) -> Set.copyOf(set));
        return Map.copyOf(groups);
    }
}
