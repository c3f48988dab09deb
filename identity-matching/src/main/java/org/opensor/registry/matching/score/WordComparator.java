package org.opensor.registry.matching.score;

import java.util.List;
import java.util.function.Supplier;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.opensor.registry.matching.keys.NameEquivalences;
import org.opensor.registry.matching.keys.RomanizationSkeleton;
import org.opensor.registry.matching.normalize.ChineseSpelling;
import org.opensor.registry.matching.text.Levenshtein;
import org.opensor.registry.matching.text.Memo;

/**
 * Compares two normalized name words and says how they relate, from the most to the least convincing:
 * identical, a romanization variant (same skeleton), one name-equivalence group, an initial, the same sound
 * (Double Metaphone), a small spelling difference (Jaro-Winkler with Levenshtein), or different.
 */
final class WordComparator {

    /**
     * How two words relate: a similarity in [0, 1] and the words that explain it ("" when identical), worded only
     * when read: every word of every reading meets every word of every candidate, and few of them are explained.
     */
    record WordMatch(double similarity, Supplier<String> why, boolean slip) {
        static final WordMatch NONE = new WordMatch(0, "different");

        WordMatch(double similarity, String explanation) {
            this(similarity, () -> explanation, false);
        }

        WordMatch(double similarity, Supplier<String> why) {
            this(similarity, why, false);
        }

        /** A match by a slip of spelling or sound rather than by a rule that makes two spellings one name. */
        static WordMatch slip(double similarity, String explanation) {
            return new WordMatch(similarity, () -> explanation, true);
        }

        String explanation() {
            return why.get();
        }
    }

    // Full-length codes: the default four letters make any two long words with a common beginning "sound
    // alike" (Ronaldinho/Ronaldo, Albanese/Albano). Retrieval keys keep the short codes for recall.
    private static final DoubleMetaphone METAPHONE = fullLengthMetaphone();
    // Metaphone codes of very short words are too coarse to mean anything (Li, Le, Lee, Lo).
    private static final int MIN_LENGTH_FOR_SOUND = 4;
    private static final int MAX_CODE_LENGTH = 32;
    private static final int MIN_COMMON_BEGINNING = 3;
    private static final double DIFFERENT_ENDING_ALLOWANCE = 0.1;
    private static final int MIN_TRUNCATED_LENGTH = 2;
    private static final int MAX_CUT_LETTERS = 2;
    private static final int MIN_LENGTH_FOR_TWO_SLIPS = 6;
    private static final int MIN_SWAPPED_LENGTH = 3;

    /** Distinct word pairs remembered; about 100 bytes each. */
    private static final int REMEMBERED_PAIRS = 200_000;

    private static final WordMatch IDENTICAL = new WordMatch(1.0, "");

    private final ScoringSettings settings;
    // Registry names repeat (a few hundred family names cover most of a country), so a search meets the same
    // word pairs again and again: a manifest's 400 travellers against 30 candidates each is ~40,000 comparisons
    // of far fewer distinct pairs. Remembering them roughly halves a traveller's re-scoring.
    // Most pairs of a search in a large registry are met once, so a pair is kept from its second comparison.
    private final Memo<WordPair, WordMatch> pairs =
            Memo.ofRepeats(pair -> compareOnce(pair.a(), pair.b()), REMEMBERED_PAIRS);

    WordComparator(ScoringSettings settings) {
        this.settings = settings;
    }

    /** Equality written out: the record's generated one went through method handles on every memo lookup. */
    private record WordPair(String a, String b) {
        @Override
        public boolean equals(Object other) {
            return other instanceof WordPair pair && a.equals(pair.a) && b.equals(pair.b);
        }

        @Override
        public int hashCode() {
            return 31 * a.hashCode() + b.hashCode();
        }
    }

    WordMatch compare(String a, String b) {
        return a.equals(b) ? IDENTICAL : pairs.get(new WordPair(a, b));
    }

    private WordMatch compareOnce(String a, String b) {
        double edit = editSimilarity(a, b);
        if (RomanizationSkeleton.of(a).equals(RomanizationSkeleton.of(b))) {
            return new WordMatch(Math.max(edit, settings.skeletonSimilarity()), () -> {
                List<String> rules = RomanizationSkeleton.explain(a, b);
                return rules.isEmpty() ? "romanization variant" : String.join(", ", rules);
            });
        }
        String group = NameEquivalences.sharedGroup(a, b);
        if (group != null) {
            return new WordMatch(
                    Math.max(edit, settings.equivalenceSimilarity()),
                    () -> "equivalent names (" + group.toUpperCase() + " group)");
        }
        String swappedGroup = groupOnceTwoLettersSwapped(a, b);
        if (swappedGroup != null) {
            return WordMatch.slip(
                    Math.max(credit(edit), settings.truncationSimilarity()),
                    "equivalent names (" + swappedGroup.toUpperCase()
                            + " group) once two swapped letters are put back");
        }
        if ((a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b))) {
            return new WordMatch(settings.initialSimilarity(), "initial");
        }
        String thaiA = RomanizationSkeleton.thaiVariant(a);
        if (thaiA != null && thaiA.equals(RomanizationSkeleton.thaiVariant(b))) {
            // A slip where every word is a Chinese syllable: there u/a or o/a make another syllable (Hua, Hao).
            return WordMatch.slip(
                    Math.max(edit, settings.thaiVariantSimilarity()),
                    "Thai romanization variant (j/ch, p/ph, t/th, k/kh, u/a, ee/i, w/v, oo/u)");
        }
        if (truncated(a, b)) {
            return WordMatch.slip(Math.max(credit(edit), settings.truncationSimilarity()), "shortened");
        }
        if (soundAlike(a, b) && edit >= settings.minimumWordSimilarity() - 0.1) {
            return WordMatch.slip(Math.max(edit, settings.phoneticSimilarity()), "sounds alike");
        }
        if (edit >= settings.minimumWordSimilarity()) {
            return WordMatch.slip(credit(edit), "spelling differs slightly");
        }
        if (oneSwap(a, b)) {
            return WordMatch.slip(settings.truncationSimilarity(), "two letters swapped");
        }
        if (twoSlipsApart(a, b)) {
            return WordMatch.slip(settings.truncationSimilarity(), "two typing slips (swapped or wrong letters)");
        }
        return WordMatch.NONE;
    }

    /** Names that differ by a few letters are more often different names than slips, so a slip costs more than its share of letters. */
    private double credit(double edit) {
        return Math.max(0, 1 - settings.spellingDifferenceCost() * (1 - edit));
    }

    /**
     * A word cut short (Mi/Mia, Chris/Christ): two letters or more, the other word at most two letters longer. Between
     * two words read as Chinese syllables only one letter other than a final n or g may be cut: Li and Lin, Lanli and
     * Lanling are other names.
     */
    private static boolean truncated(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() < MIN_TRUNCATED_LENGTH
                || longer.length() - shorter.length() > MAX_CUT_LETTERS
                || !longer.startsWith(shorter)) {
            return false;
        }
        if (!readsAsChinese(shorter) || !readsAsChinese(longer)) {
            return true;
        }
        char cut = longer.charAt(shorter.length());
        return longer.length() == shorter.length() + 1
                && cut != 'n'
                && cut != 'g'
                && !(ChineseSpelling.isSyllable(shorter) && ChineseSpelling.isSyllable(longer));
    }

    private static boolean readsAsChinese(String word) {
        return !ChineseSpelling.pinyinReadings(List.of(word)).isEmpty();
    }

    /**
     * Two long words with the same first letter, two typing slips apart, one of them two swapped letters
     * (Thropr/Thorpe). Not between words read as Chinese syllables, where one syllable more or less is another name.
     */
    private static boolean twoSlipsApart(String a, String b) {
        if (Math.min(a.length(), b.length()) < MIN_LENGTH_FOR_TWO_SLIPS || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int withSwaps = Levenshtein.withTranspositions(a, b);
        return withSwaps <= 2 && Levenshtein.distance(a, b) > withSwaps && !(readsAsChinese(a) && readsAsChinese(b));
    }

    /**
     * The equivalence group a word that is no known name shares with the other word once two neighbouring letters are
     * swapped back (Mkie is Mike, so Michael; Pegyg is Peggy, so Margaret): a typing slip on top of a nickname.
     */
    private static String groupOnceTwoLettersSwapped(String a, String b) {
        String group = swappedInto(a, b);
        return group != null ? group : swappedInto(b, a);
    }

    private static String swappedInto(String typed, String other) {
        if (typed.length() < MIN_SWAPPED_LENGTH
                || !NameEquivalences.groupsOf(typed).isEmpty()
                || NameEquivalences.groupsOf(other).isEmpty()) {
            return null;
        }
        char[] letters = typed.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            char kept = letters[i];
            letters[i] = letters[i + 1];
            letters[i + 1] = kept;
            String group = NameEquivalences.sharedGroup(new String(letters), other);
            letters[i + 1] = letters[i];
            letters[i] = kept;
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    /** Two letters swapped in a short word (Sno/Son, Nma/Nam): one typing slip. */
    private static boolean oneSwap(String a, String b) {
        return a.length() == b.length()
                && a.length() >= MIN_SWAPPED_LENGTH
                && Levenshtein.withTranspositions(a, b) == 1
                && Levenshtein.distance(a, b) == 2;
    }

    /**
     * Jaro-Winkler alone rates Castillo/Castro or Ronaldinho/Ronaldo about 0.9 because they share a long
     * beginning; averaging with the Levenshtein ratio keeps credit for real slips (Trudoau/Trudeau) and takes
     * it from different names that begin alike.
     */
    static double editSimilarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        // Two swapped letters are one typing slip (Skoha/Sokha), not two edits.
        double levenshteinRatio = 1.0 - (double) Levenshtein.withTranspositions(a, b) / longer;
        double blended = (JaroWinkler.similarity(a, b) + levenshteinRatio) / 2;
        return differentEnding(a, b) ? Math.min(blended, levenshteinRatio + DIFFERENT_ENDING_ALLOWANCE) : blended;
    }

    /**
     * True when two words begin alike and then differ by two or more edits, all after the common beginning:
     * Sancho/Sanchez, Albano/Albanese, Monteiro/Montenegro. A typing slip is one letter or two swapped
     * letters; a different ending is usually another name built on the same stem, so Jaro-Winkler's reward
     * for the common beginning is not given there.
     */
    static boolean differentEnding(String a, String b) {
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix < MIN_COMMON_BEGINNING) {
            return false;
        }
        int distance = Levenshtein.withTranspositions(a, b);
        return distance >= 2 && Levenshtein.withTranspositions(a.substring(prefix), b.substring(prefix)) == distance;
    }

    private static DoubleMetaphone fullLengthMetaphone() {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(MAX_CODE_LENGTH);
        return metaphone;
    }

    private static boolean soundAlike(String a, String b) {
        if (a.length() < MIN_LENGTH_FOR_SOUND || b.length() < MIN_LENGTH_FOR_SOUND) {
            return false;
        }
        String[] codesOfA = SOUND_CODES.get(a);
        String[] codesOfB = SOUND_CODES.get(b);
        String a1 = codesOfA[0];
        String a2 = codesOfA[1];
        String b1 = codesOfB[0];
        String b2 = codesOfB[1];
        return !a1.isEmpty() && (a1.equals(b1) || a1.equals(b2) || a2.equals(b1) || a2.equals(b2));
    }

    /** Primary and alternate Double Metaphone codes of a word, remembered (see Memo). */
    private static final Memo<String, String[]> SOUND_CODES = Memo.of(
            word -> new String[] {METAPHONE.doubleMetaphone(word), METAPHONE.doubleMetaphone(word, true)}, 100_000);
}
