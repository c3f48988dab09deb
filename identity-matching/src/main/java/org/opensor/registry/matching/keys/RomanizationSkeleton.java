package org.opensor.registry.matching.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.opensor.registry.matching.text.Levenshtein;

/**
 * Reduces a romanized name word to a skeleton on which the usual spelling variants of Khmer romanization
 * collide: Chan/Chann, Dara/Darah, Sokha/Sokhar, Chhun/Chun, Pheap/Peap, Seang/Sieng, Sou/Su, Theun/Thoeun,
 * Chey/Chay. The same variants are frequent in Thai and Vietnamese romanizations, so the skeleton is applied
 * to every word; it is a retrieval key and a reason, never a spelling shown to anyone.
 *
 * <p>The rules run in a fixed order, and {@link #explain(String, String)} names the ones that were needed to
 * make two spellings meet, for the reasons an officer reads.
 */
public final class RomanizationSkeleton {

    /** One rewriting step with the words an officer reads when it explains a match. */
    private record Rule(String reason, UnaryOperator<String> rewrite) {}

    private static final Pattern ASPIRATES = Pattern.compile("(ch|k|t|p)h");
    private static final Pattern CHH = Pattern.compile("chh");
    private static final Pattern DOUBLED = Pattern.compile("([b-df-hj-np-tv-z])\\1+");
    private static final Pattern TRAILING_HRS = Pattern.compile("(?<=[aeiouy])[hrs]$");
    private static final Pattern OEU = Pattern.compile("oeu|oe|eu");
    private static final Pattern EA = Pattern.compile("ea|ia|ie");
    private static final Pattern EY = Pattern.compile("ey|ei|ay|ai");
    private static final Pattern OU = Pattern.compile("ou|uo|o|u");

    private static final List<Rule> RULES = List.of(
            new Rule(
                    "aspirated consonant (ch/chh, k/kh, t/th, p/ph)",
                    w -> ASPIRATES.matcher(CHH.matcher(w).replaceAll("ch")).replaceAll("$1")),
            new Rule("doubled final consonant", w -> DOUBLED.matcher(w).replaceAll("$1")),
            new Rule(
                    "trailing h/r/s",
                    w -> w.length() > 3 ? TRAILING_HRS.matcher(w).replaceAll("") : w),
            // Digraphs become one placeholder digit each so that, e.g., "ea" never merges with "a".
            new Rule(
                    "vowel spelling (ea/ia/ie, ou/o/u, oe/eu/oeu, ey/ei/ay)",
                    w -> OU.matcher(EY.matcher(EA.matcher(OEU.matcher(w).replaceAll("3"))
                                            .replaceAll("2"))
                                    .replaceAll("4"))
                            .replaceAll("1")));

    /** Thai spellings that the skeleton keeps apart, rewritten before it: j/ch, w/v, ee/i, oo/u. */
    private static final Pattern THAI_J = Pattern.compile("j");

    private static final Pattern THAI_W = Pattern.compile("w");
    private static final Pattern THAI_EE = Pattern.compile("ee");
    private static final Pattern THAI_OO = Pattern.compile("oo");
    /** After the skeleton, the short vowel written u or a (Jirawun/Chirawan): every u, o and a become one. */
    private static final Pattern THAI_A = Pattern.compile("a");
    /** Shorter words meet too many other names once their vowels are merged. */
    private static final int MIN_THAI_VARIANT_LENGTH = 5;

    private RomanizationSkeleton() {}

    /**
     * The looser skeleton on which common Latin spellings of one Thai name meet when no Thai script is given (j/ch,
     * p/ph, t/th, k/kh, u/a, ee/i, w/v, oo/u: Jirawun/Chirawan, Juthathip/Chuthathip, Maneepan/Maniphan), as
     * published romanizations (RTGS, ISO 11940, passport practice) write the same letters differently; or null for
     * words shorter than five letters. A retrieval key and a reason, never a spelling shown to anyone.
     */
    public static String thaiVariant(String word) {
        return word.length() < MIN_THAI_VARIANT_LENGTH ? null : THAI_SKELETONS.get(word);
    }

    private static final org.opensor.registry.matching.text.Memo<String, String> THAI_SKELETONS =
            org.opensor.registry.matching.text.Memo.of(
                    word -> THAI_A.matcher(rewrite(THAI_OO.matcher(THAI_EE.matcher(THAI_W.matcher(
                                                            THAI_J.matcher(word).replaceAll("ch"))
                                                    .replaceAll("v"))
                                            .replaceAll("i"))
                                    .replaceAll("u")))
                            .replaceAll("1"),
                    100_000);

    /** The skeleton of one normalized word, e.g. {@code sokhar} → {@code s1ka}, {@code chann} → {@code chan}. */
    public static String of(String word) {
        return SKELETONS.get(word);
    }

    private static final org.opensor.registry.matching.text.Memo<String, String> SKELETONS =
            org.opensor.registry.matching.text.Memo.of(RomanizationSkeleton::rewrite, 100_000);

    private static String rewrite(String word) {
        String w = word;
        for (Rule rule : RULES) {
            w = rule.rewrite().apply(w);
        }
        return w;
    }

    /**
     * Why two different words share a skeleton: the rules, in order, that had to change one of them before
     * they met, e.g. {@code ["doubled final consonant"]} for chann and chan. Empty if they never meet.
     */
    public static List<String> explain(String a, String b) {
        List<String> needed = new ArrayList<>();
        String x = a;
        String y = b;
        for (Rule rule : RULES) {
            if (x.equals(y)) {
                break;
            }
            String nx = rule.rewrite().apply(x);
            String ny = rule.rewrite().apply(y);
            // A rule explains the match only if it brought the words closer; kh in both sokha and sokhar does not.
            if (Levenshtein.distance(nx, ny) < Levenshtein.distance(x, y)) {
                needed.add(rule.reason());
            }
            x = nx;
            y = ny;
        }
        return x.equals(y) ? needed : List.of();
    }
}
