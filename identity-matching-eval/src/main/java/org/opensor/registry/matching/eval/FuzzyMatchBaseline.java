package org.opensor.registry.matching.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.matching.Alias;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.text.Levenshtein;

/**
 * The baseline: an in-memory imitation of an Elasticsearch {@code match} query with {@code fuzziness: AUTO} on
 * a text field holding every name and alias, analysed as the standard analyzer does (split on non-letters,
 * lower case; no folding of diacritics, no transliteration).
 *
 * <p>Each query token matches the indexed tokens within the AUTO edit distance (0 for 1-2 letters, 1 for 3-5, 2
 * for more, transpositions counting one); a match adds the token's inverse document frequency, scaled down by
 * the edit distance as Elasticsearch scales fuzzy terms. Elasticsearch scores have no fixed range, so a hit's
 * score is divided by what the query would score against itself, which gives [0, 1] and lets the same
 * thresholds as ours apply.
 */
final class FuzzyMatchBaseline {

    private final List<String> ids = new ArrayList<>();
    private final List<List<String>> documents = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();

    void add(String id, Identity identity) {
        int doc = ids.size();
        ids.add(id);
        List<String> tokens = new ArrayList<>();
        for (Alias alias : identity.allNames()) {
            tokens.addAll(tokens(alias.name()));
        }
        documents.add(tokens);
        for (String token : tokens.stream().distinct().toList()) {
            postings.computeIfAbsent(token, t -> new ArrayList<>()).add(doc);
        }
    }

    /** The hits for the query's names, best first. */
    List<SearchMetrics.Hit> search(Identity query) {
        List<String> queryTokens = new ArrayList<>();
        for (Alias alias : query.allNames()) {
            queryTokens.addAll(tokens(alias.name()));
        }
        Map<Integer, Double> scores = new HashMap<>();
        double selfScore = 0;
        for (String token : queryTokens.stream().distinct().toList()) {
            int allowed = autoFuzziness(token);
            double exactIdf = idf(postings.getOrDefault(token, List.of()).size());
            selfScore += exactIdf;
            Map<Integer, Double> best = new HashMap<>();
            for (Map.Entry<String, List<Integer>> term : postings.entrySet()) {
                String indexed = term.getKey();
                if (Math.abs(indexed.length() - token.length()) > allowed) {
                    continue;
                }
                int distance = Levenshtein.withTranspositions(token, indexed);
                if (distance > allowed) {
                    continue;
                }
                double weight = idf(term.getValue().size())
                        * (1.0 - (double) distance / Math.min(token.length(), indexed.length()));
                for (int doc : term.getValue()) {
                    best.merge(doc, weight, Math::max);
                }
            }
            best.forEach((doc, weight) -> scores.merge(doc, weight, Double::sum));
        }
        List<SearchMetrics.Hit> hits = new ArrayList<>();
        double norm = selfScore;
        scores.forEach((doc, score) -> hits.add(new SearchMetrics.Hit(ids.get(doc), Math.min(1.0, score / norm))));
        hits.sort(Comparator.comparingDouble(SearchMetrics.Hit::score).reversed());
        return hits;
    }

    /** A pair score in [0, 1] without an index: matched tokens (fuzzy AUTO) over all tokens of both names. */
    static double pairScore(String name1, String name2) {
        List<String> a = tokens(PersonName.full(name1));
        List<String> b = tokens(PersonName.full(name2));
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int matched = 0;
        List<String> unused = new ArrayList<>(b);
        for (String token : a) {
            for (int j = 0; j < unused.size(); j++) {
                if (Levenshtein.withTranspositions(token, unused.get(j)) <= autoFuzziness(token)) {
                    matched++;
                    unused.remove(j);
                    break;
                }
            }
        }
        return 2.0 * matched / (a.size() + b.size());
    }

    /** Elasticsearch's AUTO: no edit for 1-2 characters, one for 3-5, two for more. */
    static int autoFuzziness(String token) {
        int length = token.codePointCount(0, token.length());
        return length <= 2 ? 0 : length <= 5 ? 1 : 2;
    }

    static List<String> tokens(PersonName name) {
        List<String> tokens = new ArrayList<>();
        for (String part : new String[] {name.family(), name.given(), name.full()}) {
            if (part == null) {
                continue;
            }
            for (String token : part.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
                if (!token.isEmpty()) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    private double idf(int docFrequency) {
        double n = ids.size();
        return Math.log(1 + (n - docFrequency + 0.5) / (docFrequency + 0.5));
    }
}
