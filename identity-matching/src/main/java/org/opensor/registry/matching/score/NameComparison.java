package org.opensor.registry.matching.score;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.opensor.registry.matching.keys.ChineseDialectNames;
import org.opensor.registry.matching.keys.NameEquivalences;
import org.opensor.registry.matching.normalize.ChineseSpelling;
import org.opensor.registry.matching.score.NameWords.Role;
import org.opensor.registry.matching.score.WordComparator.WordMatch;
import org.opensor.registry.matching.text.Levenshtein;

/**
 * Similarity of two names regardless of word order: every query word is paired with at most one record word
 * so that the sum of the word similarities is highest (an optimal assignment, not left-to-right), and the
 * score says how much of the names the pairs cover.
 */
final class NameComparison {

    /**
     * Name similarity in [0, 1] and the reasons for it, worded only when read.
     *
     * @param anyWordAgrees whether some word of the query, not a particle, is the same name as a word of the record
     * @param familyNameBySlip whether a family name meets its counterpart only by a slip of spelling or sound (WHITEE
     *     and WHITE), not by being the same name or a rule that makes two spellings one name
     */
    record NameMatch(double score, Supplier<List<Reason>> why, boolean anyWordAgrees, boolean familyNameBySlip) {

        NameMatch(double score, Supplier<List<Reason>> why, boolean anyWordAgrees) {
            this(score, why, anyWordAgrees, false);
        }

        List<Reason> reasons() {
            return why.get();
        }
    }

    /** Particles that carry little identity (Al-, bin, van, de); they count with the particle weight. */
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "bin", "ben", "ibn", "bint", "binti", "abu", "ul", "ur", "de", "da", "di", "du", "del", "der",
            "den", "van", "von", "y", "dos", "das");
    // Optimal assignment is exponential in the shorter name; beyond this many words pair greedily.
    private static final int MAX_WORDS_FOR_OPTIMAL = 12;
    // Names written as one word are compared as one only if nearly identical.
    private static final double MIN_JOINED_SIMILARITY = 0.9;

    private final ScoringSettings settings;
    private final WordComparator words;

    NameComparison(ScoringSettings settings) {
        this.settings = settings;
        this.words = new WordComparator(settings);
    }

    NameMatch compare(NameWords query, NameWords record) {
        int n = query.words().size();
        int m = record.words().size();
        WordMatch[][] matches = new WordMatch[n][m];
        double[][] value = new double[n][m];
        double[] queryWeight = weights(query);
        double[] recordWeight = weights(record);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                matches[i][j] = familyNameAgainstInitial(query, i, record, j)
                        ? WordMatch.NONE
                        : words.compare(query.words().get(i), record.words().get(j));
                value[i][j] = matches[i][j].similarity() * (queryWeight[i] + recordWeight[j]);
            }
        }
        dropSlipsBetweenChineseNames(query, record, matches, value);
        int[] pairOf = Assignment.best(value, MAX_WORDS_FOR_OPTIMAL);

        double matched = 0;
        double queryCovered = 0;
        double recordCovered = 0;
        boolean anyWordAgrees = false;
        boolean familyNameBySlip = false;
        for (int i = 0; i < n; i++) {
            if (pairOf[i] >= 0) {
                familyNameBySlip |= matches[i][pairOf[i]].slip()
                        && (query.roles().get(i) == Role.FAMILY
                                || record.roles().get(pairOf[i]) == Role.FAMILY);
                double s = matches[i][pairOf[i]].similarity();
                anyWordAgrees |= s >= settings.minimumWordSimilarity() && queryWeight[i] == 1.0;
                matched += value[i][pairOf[i]];
                queryCovered += s * queryWeight[i];
                recordCovered += s * recordWeight[pairOf[i]];
            }
        }
        double queryTotal = sum(queryWeight);
        double recordTotal = sum(recordWeight);
        double bothCovered = matched / (queryTotal + recordTotal);
        double score = bothCovered;
        if (Math.min(n, m) >= 2) {
            // A dropped middle name or patronymic should cost little once the shorter name is fully matched.
            double shorterCovered = n <= m ? queryCovered / queryTotal : recordCovered / recordTotal;
            score = settings.coverageShare() * shorterCovered + (1 - settings.coverageShare()) * bothCovered;
        }

        // A word on each side with no counterpart is a contradiction (AL-RAWI against AL-TIKRITI), not a
        // dropped middle name; it costs extra.
        int conflicts = Math.min(unpaired(n, pairOf, true, queryWeight), unpaired(m, pairOf, false, recordWeight));
        score -= conflicts * settings.conflictingWordPenalty();
        Reason reversedLineage = reversedLineage(query, record, pairOf);
        if (reversedLineage != null) {
            // Father and son: the same words, but own name and father's name trade places around BIN.
            score -= 2 * settings.conflictingWordPenalty();
        }
        Reason differentCharacters = differentSyllableCharacters(query, record);
        if (differentCharacters != null) {
            score = Math.min(score, characterSimilarity(query, record));
        }

        Reason chinese = chineseSpellingVariant(query, record);
        if (chinese != null) {
            return new NameMatch(settings.equivalenceSimilarity(), () -> readings(query, record, chinese), true);
        }
        Reason dialect = chineseDialectVariant(query, record);
        if (dialect != null) {
            return new NameMatch(settings.equivalenceSimilarity(), () -> readings(query, record, dialect), true);
        }
        Reason chineseWithSlip = chineseSpellingOnceTwoLettersSwapped(query, record);
        if (chineseWithSlip != null && settings.truncationSimilarity() > score) {
            return new NameMatch(settings.truncationSimilarity(), () -> readings(query, record, chineseWithSlip), true);
        }
        // A repeated word counts only as a syllable written apart (Wei-wei, Weiwei), never for a near-equal whole.
        boolean sameLetters = (query.repeatsAWord() || record.repeatsAWord())
                && query.joined().equals(record.joined());
        if (n != m || sameLetters) {
            double joined = joinedSimilarity(query, record);
            if (joined >= MIN_JOINED_SIMILARITY && joined > score) {
                return new NameMatch(
                        joined,
                        () -> readings(
                                query,
                                record,
                                Reason.of(
                                        "name.splitDifferently",
                                        "name " + query.display() + " ≈ " + record.display()
                                                + ": same letters, split into words differently",
                                        query.display(),
                                        record.display())),
                        true);
            }
        }
        return new NameMatch(
                Math.clamp(score, 0.0, 1.0),
                () -> {
                    List<Reason> reasons = readings(query, record, null);
                    addWordReasons(query, record, matches, pairOf, reasons);
                    if (reversedLineage != null) {
                        reasons.add(reversedLineage);
                    }
                    if (differentCharacters != null) {
                        reasons.add(differentCharacters);
                    }
                    return reasons;
                },
                anyWordAgrees,
                familyNameBySlip);
    }

    /** How each name was read in Latin letters, when it was not written in them, then {@code finding} if any. */
    private static List<Reason> readings(NameWords query, NameWords record, Reason finding) {
        List<Reason> reasons = new ArrayList<>();
        if (query.transliterated()) {
            reasons.add(Reason.of(
                    "name.queryReadAs",
                    "query name " + query.original() + " read as " + query.display(),
                    query.original(),
                    query.display()));
        }
        if (record.transliterated()) {
            reasons.add(Reason.of(
                    "name.recordReadAs",
                    "record name " + record.original() + " read as " + record.display(),
                    record.original(),
                    record.display()));
        }
        if (finding != null) {
            reasons.add(finding);
        }
        return reasons;
    }

    private static void addWordReasons(
            NameWords query, NameWords record, WordMatch[][] matches, int[] pairOf, List<Reason> reasons) {
        boolean[] recordUsed = new boolean[record.words().size()];
        List<String> missing = new ArrayList<>();
        boolean rolesSwapped = false;
        int lastRecordIndex = -1;
        boolean orderDiffers = false;
        for (int i = 0; i < pairOf.length; i++) {
            String q = query.words().get(i).toUpperCase();
            int j = pairOf[i];
            if (j < 0) {
                missing.add(q);
                continue;
            }
            recordUsed[j] = true;
            Role queryRole = query.roles().get(i);
            Role recordRole = record.roles().get(j);
            Role role = queryRole != Role.UNKNOWN ? queryRole : recordRole;
            rolesSwapped |= queryRole != Role.UNKNOWN && recordRole != Role.UNKNOWN && queryRole != recordRole;
            orderDiffers |= j < lastRecordIndex;
            lastRecordIndex = j;
            WordMatch match = matches[i][j];
            String r = record.words().get(j).toUpperCase();
            String explanation = match.explanation();
            reasons.add(
                    explanation.isEmpty()
                            ? Reason.of("word.same." + role.name(), role.label + " " + q + " = " + r, q, r)
                            : Reason.of(
                                    "word.close." + role.name(),
                                    role.label + " " + q + " ≈ " + r + ": " + explanation,
                                    q,
                                    r,
                                    explanation));
        }
        if (rolesSwapped) {
            reasons.add(Reason.of("name.swapped", "family and given names are swapped between query and record"));
        } else if (orderDiffers) {
            reasons.add(Reason.of("name.order", "name words are in a different order"));
        }
        if (!missing.isEmpty()) {
            reasons.add(Reason.of(
                    "name.queryWordsMissing",
                    "query name words not in the record name: " + String.join(", ", missing),
                    String.join(", ", missing)));
        }
        List<String> extra = new ArrayList<>();
        for (int j = 0; j < recordUsed.length; j++) {
            if (!recordUsed[j]) {
                extra.add(record.words().get(j).toUpperCase());
            }
        }
        if (!extra.isEmpty()) {
            reasons.add(Reason.of(
                    "name.recordWordsExtra",
                    "record name words not in the query: " + String.join(", ", extra),
                    String.join(", ", extra)));
        }
    }

    /** Words that say "son of" or "daughter of" between a person's own name and the father's name. */
    private static final Set<String> LINEAGE_MARKERS = Set.of("bin", "ibn", "ben", "bint", "binti", "binte");

    private static final Transliterator TRADITIONAL_TO_SIMPLIFIED =
            Transliterator.getInstance("Traditional-Simplified");

    /**
     * A reason if both names say "X bin Y" and the pairing puts the query's own name against the record's
     * father's name and the other way round (SALMAN BIN MUHAMMAD against MUHAMMAD BIN SALMAN); else null.
     */
    private static Reason reversedLineage(NameWords query, NameWords record, int[] pairOf) {
        List<String> q = query.words();
        List<String> r = record.words();
        for (int i = 1; i + 1 < q.size(); i++) {
            if (!LINEAGE_MARKERS.contains(q.get(i)) || pairOf[i - 1] < 0 || pairOf[i + 1] < 0) {
                continue;
            }
            int own = pairOf[i - 1];
            int father = pairOf[i + 1];
            if (father + 2 == own && LINEAGE_MARKERS.contains(r.get(father + 1))) {
                String queryWords = String.join(" ", q.subList(i - 1, i + 2)).toUpperCase();
                String recordWords =
                        String.join(" ", r.subList(father, own + 1)).toUpperCase();
                return Reason.of(
                        "name.lineageReversed",
                        "own name and father's name reversed: " + queryWords + " against " + recordWords,
                        queryWords,
                        recordWords);
            }
        }
        return null;
    }

    /**
     * Chinese characters, Hangul and kana stand for whole syllables, and many characters share one reading
     * (市 and 石 are both SHI): when both names are written in such a script, the written characters decide.
     * A reason if they differ (after folding traditional to simplified Chinese), else null.
     */
    private static Reason differentSyllableCharacters(NameWords query, NameWords record) {
        String q = syllabicLetters(query.original());
        String r = syllabicLetters(record.original());
        if (q == null || r == null || q.equals(r)) {
            return null;
        }
        int differing = Levenshtein.distance(q, r);
        int longest = Math.max(q.length(), r.length());
        return Reason.of(
                "name.charactersDiffer",
                "written names " + query.original() + " and " + record.original() + " differ in " + differing + " of "
                        + longest + " characters, though they may read alike",
                query.original(),
                record.original(),
                differing,
                longest);
    }

    private double characterSimilarity(NameWords query, NameWords record) {
        double ratio = editRatio(syllabicLetters(query.original()), syllabicLetters(record.original()));
        return Math.max(0, 1 - settings.spellingDifferenceCost() * (1 - ratio));
    }

    /** The letters of a name written only in Han, Hangul or kana, traditional folded to simplified; else null. */
    private static String syllabicLetters(String name) {
        // Most names are in another script: told without building anything.
        if (!onlySyllabicLetters(name)) {
            return null;
        }
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters.appendCodePoint(c);
            }
        }
        return TRADITIONAL_TO_SIMPLIFIED.transliterate(letters.toString());
    }

    private static boolean onlySyllabicLetters(String name) {
        boolean any = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (!isSyllabic(c)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static boolean isSyllabic(int letter) {
        return switch (Character.UnicodeScript.of(letter)) {
            case HAN, HANGUL, HIRAGANA, KATAKANA -> true;
            default -> false;
        };
    }

    /**
     * Between two names made only of Chinese syllables, a word one letter off is another syllable and so another name
     * (Jieping and Jieming, Lanli and Lanling): slips of spelling or sound count for nothing there. A typing slip
     * that makes no syllable (Mnig for Ming) leaves the name outside this rule.
     */
    private static void dropSlipsBetweenChineseNames(
            NameWords query, NameWords record, WordMatch[][] matches, double[][] value) {
        boolean anySlip = false;
        for (WordMatch[] row : matches) {
            for (WordMatch match : row) {
                anySlip |= match.slip();
            }
        }
        if (!anySlip || !madeOfChineseSyllables(query) || !madeOfChineseSyllables(record)) {
            return;
        }
        for (int i = 0; i < matches.length; i++) {
            for (int j = 0; j < matches[i].length; j++) {
                if (matches[i][j].slip()) {
                    matches[i][j] = WordMatch.NONE;
                    value[i][j] = 0;
                }
            }
        }
    }

    /**
     * Whether every word is one or two Chinese syllables (Jianguo, Kuo) or spells a Chinese family name (Lye, Ng). Thai
     * and other long names often split into Pinyin syllables too (Chanida as cha-ni-da), but into more than two.
     */
    private static boolean madeOfChineseSyllables(NameWords name) {
        return CHINESE_NAMES.get(name.words());
    }

    /** Names repeat, and the test splits every word: remembered per list of words. */
    private static final org.opensor.registry.matching.text.Memo<List<String>, Boolean> CHINESE_NAMES =
            org.opensor.registry.matching.text.Memo.of(NameComparison::wordsMadeOfChineseSyllables, 100_000);

    private static boolean wordsMadeOfChineseSyllables(List<String> words) {
        for (String word : words) {
            if (!NameEquivalences.isChineseSurname(word) && !oneOrTwoSyllables(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean oneOrTwoSyllables(String word) {
        if (ChineseSpelling.isSyllable(word)) {
            return true;
        }
        for (int cut = 1; cut < word.length(); cut++) {
            if (ChineseSpelling.isSyllable(word.substring(0, cut)) && ChineseSpelling.isSyllable(word.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    /** Unpaired words (particles not counted) on the query side or the record side. */
    private static int unpaired(int size, int[] pairOf, boolean querySide, double[] weights) {
        boolean[] paired = new boolean[size];
        for (int i = 0; i < pairOf.length; i++) {
            if (pairOf[i] >= 0) {
                paired[querySide ? i : pairOf[i]] = true;
            }
        }
        int count = 0;
        for (int k = 0; k < size; k++) {
            if (!paired[k] && weights[k] == 1.0) {
                count++;
            }
        }
        return count;
    }

    /**
     * A reason if one name is a Chinese name in Wade-Giles and the other the same name in Pinyin (Hsi Chin-ping,
     * Xi Jinping), in either word order; else null.
     */
    private static Reason chineseSpellingVariant(NameWords query, NameWords record) {
        if (query.joined().equals(record.joined())) {
            return null;
        }
        Set<String> queryReadings = query.pinyin();
        if (queryReadings.isEmpty()) {
            return null;
        }
        for (int o = 0; o < 2; o++) {
            for (String reading : o == 0 ? record.pinyin() : record.pinyinReversed()) {
                if (queryReadings.contains(reading)) {
                    return Reason.of(
                            "name.wadeGilesPinyin",
                            "name " + query.display() + " ≈ " + record.display()
                                    + ": Wade-Giles and Pinyin spellings of the same Chinese name",
                            query.display(),
                            record.display());
                }
            }
        }
        return null;
    }

    /**
     * A reason if one name is a Chinese name in Cantonese, Hokkien, Teochew or Hakka spelling and the other the same name
     * in Pinyin or in another such spelling (Tan Kok Wai, Chen Guowei), in either word order; else null. Between two
     * names written in Pinyin this rule says nothing: Hong is a Hokkien spelling of Fang, but Hongmei and Fangmei written
     * in Pinyin are two names.
     */
    private static Reason chineseDialectVariant(NameWords query, NameWords record) {
        boolean queryMayBe = query.mayBeDialect();
        boolean recordMayBe = record.mayBeDialect();
        if ((!queryMayBe && !recordMayBe) || query.joined().equals(record.joined())) {
            return null;
        }
        Set<String> queryReadings = queryMayBe ? ChineseDialectNames.pinyinReadings(query.spelled()) : query.pinyin();
        if (queryReadings.isEmpty()) {
            return null;
        }
        for (int o = 0; o < 2; o++) {
            Set<String> recordReadings = recordMayBe
                    ? ChineseDialectNames.pinyinReadings(o == 0 ? record.spelled() : record.reversed())
                    : o == 0 ? record.pinyin() : record.pinyinReversed();
            for (String reading : recordReadings) {
                if (queryReadings.contains(reading)) {
                    return Reason.of(
                            "name.chineseDialect",
                            "name " + query.display() + " ≈ " + record.display()
                                    + ": the same Chinese name in a Cantonese, Hokkien, Teochew or Hakka spelling and"
                                    + " another",
                            query.display(),
                            record.display());
                }
            }
        }
        return null;
    }

    /**
     * A reason if one name reads as Chinese syllables and the other does too once two swapped letters of one word are
     * put back, and then both are one name (Tsai Tnug-ping, Cai Dongping); else null.
     */
    private static Reason chineseSpellingOnceTwoLettersSwapped(NameWords query, NameWords record) {
        if (query.joined().equals(record.joined())) {
            return null;
        }
        // Reached by nearly every pair of names: read without copying the readings, which most names do not have.
        Set<String> queryReadings = query.pinyin();
        Set<String> recordReadings = record.pinyin();
        Set<String> recordReversed = record.pinyinReversed();
        boolean recordReads = !recordReadings.isEmpty() || !recordReversed.isEmpty();
        boolean found = false;
        if (queryReadings.isEmpty() && recordReads) {
            for (String reading : ChineseSpelling.pinyinReadingsOnceTwoLettersSwapped(query.spelled())) {
                found |= recordReadings.contains(reading) || recordReversed.contains(reading);
            }
        } else if (!queryReadings.isEmpty() && !recordReads) {
            for (String reading : ChineseSpelling.pinyinReadingsOnceTwoLettersSwapped(record.spelled())) {
                found |= queryReadings.contains(reading);
            }
            for (String reading : ChineseSpelling.pinyinReadingsOnceTwoLettersSwapped(record.reversed())) {
                found |= queryReadings.contains(reading);
            }
        }
        if (!found) {
            return null;
        }
        return Reason.of(
                "name.chineseSwappedLetters",
                "name " + query.display() + " ≈ " + record.display()
                        + ": the same Chinese name in two spellings once two swapped letters are put back",
                query.display(),
                record.display());
    }

    private double joinedSimilarity(NameWords query, NameWords record) {
        String q = query.joined();
        return Math.max(editRatio(q, record.joined()), editRatio(q, record.joinedReversed()));
    }

    private static double editRatio(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : 1.0 - (double) Levenshtein.distance(a, b) / longer;
    }

    private double[] weights(NameWords name) {
        List<String> nameWords = name.words();
        double[] w = new double[nameWords.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = isParticle(name, i) ? settings.particleWeight() : 1.0;
        }
        return w;
    }

    /**
     * Whether a word is a particle such as de, van or bin: not when it is the whole family name, and not in a name
     * made only of Chinese syllables, where Du, Da and Di are family names (DU Wei) and carry full weight.
     */
    private static boolean isParticle(NameWords name, int i) {
        String word = name.words().get(i);
        if (!PARTICLES.contains(word)) {
            return false;
        }
        if (name.roles().get(i) == Role.FAMILY
                && name.roles().stream().filter(role -> role == Role.FAMILY).count() == 1) {
            return false;
        }
        return ChineseSpelling.pinyinReadings(name.words()).isEmpty();
    }

    /**
     * A family name against an initial among the given names (CARTER against James C) is no match: an initial
     * abbreviates a given or middle name, and reading it as the family name made strangers possible hits.
     */
    private static boolean familyNameAgainstInitial(NameWords query, int i, NameWords record, int j) {
        String q = query.words().get(i);
        String r = record.words().get(j);
        if ((q.length() == 1) == (r.length() == 1)) {
            return false;
        }
        Role wordRole = q.length() == 1 ? record.roles().get(j) : query.roles().get(i);
        Role initialRole =
                q.length() == 1 ? query.roles().get(i) : record.roles().get(j);
        return wordRole == Role.FAMILY && initialRole != Role.FAMILY;
    }
}
