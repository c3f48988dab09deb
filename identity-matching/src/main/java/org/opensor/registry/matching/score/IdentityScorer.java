package org.opensor.registry.matching.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.opensor.registry.matching.Alias;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.normalize.ChineseSpelling;
import org.opensor.registry.matching.score.NameComparison.NameMatch;
import org.opensor.registry.matching.text.Levenshtein;

/**
 * Scores how likely a candidate record is the person a query describes, and says why.
 *
 * <p>Every name of the query is compared with every name of the record (primary name and aliases) in every
 * Latin reading, regardless of word order; the best pair, adjusted by the qualifiers, gives the score. The date
 * of birth compared is the one given with that alias, if any. Qualifiers: date of birth, sex, nationality and
 * document number, each adding or taking off what {@link ScoringSettings} says. Immutable and thread-safe.
 */
public final class IdentityScorer {

    /** The highest name similarity there is. */
    private static final double PERFECT_NAME = 1.0;

    private final ScoringSettings settings;
    private final NameComparison names;
    private final DateOfBirthComparison dates;
    private final DocumentComparison documents;

    public IdentityScorer(ScoringSettings settings) {
        this.settings = settings;
        this.names = new NameComparison(settings);
        this.dates = new DateOfBirthComparison(settings);
        this.documents = new DocumentComparison(settings);
    }

    /** A scorer with {@link ScoringSettings#DEFAULTS}. */
    public static IdentityScorer withDefaults() {
        return new IdentityScorer(ScoringSettings.DEFAULTS);
    }

    public ScoringSettings settings() {
        return settings;
    }

    /** The score, band and reasons for {@code candidate} as a match for {@code query}; the reasons are worded when read. */
    public MatchResult score(Identity query, Identity candidate) {
        return score(query, candidate, Double.NEGATIVE_INFINITY);
    }

    /**
     * As {@link #score(Identity, Identity)}, or empty when the candidate cannot score {@code floor} however well the
     * names agree: its date of birth and the other qualifiers already take too much off. Exact, not a guess: the
     * names are compared only where a perfect name could still reach the floor. Screening, which raises only
     * possible and strong hits, skips most namesakes born in another year this way.
     */
    public Optional<MatchResult> scoreReaching(Identity query, Identity candidate, double floor) {
        return Optional.ofNullable(score(query, candidate, floor));
    }

    private MatchResult score(Identity query, Identity candidate, double floor) {
        List<Adjustment> identityLevel = new ArrayList<>(3);
        Adjustment document = documents.compare(query.documentNumbers(), candidate.documentNumbers());
        addIfPresent(document, identityLevel);
        addIfPresent(compareSex(query.sex(), candidate.sex()), identityLevel);
        addIfPresent(compareNationalities(query.nationalities(), candidate.nationalities()), identityLevel);
        double identityDelta = 0;
        for (Adjustment adjustment : identityLevel) {
            identityDelta += adjustment.delta();
        }

        double bestScore = -1;
        NameMatch bestName = null;
        Adjustment bestDob = null;
        int bestIndex = -1;
        boolean anyWordAgrees = false;
        boolean oneSlipWithTheDate = false;
        List<Alias> candidateNames = candidate.allNames();
        for (Alias queryName : query.allNames()) {
            boolean queryKanji = JapaneseNames.kanjiOfAJapaneseName(query, queryName.name());
            for (int k = 0; k < candidateNames.size(); k++) {
                Alias candidateName = candidateNames.get(k);
                if (!comparable(queryKanji, queryName.name(), candidate, candidateName.name())) {
                    continue;
                }
                Adjustment dob = dates.compare(queryName.dateOfBirth(), candidateName.dateOfBirth());
                if (PERFECT_NAME + (dob == null ? 0 : dob.delta()) + identityDelta < floor
                        && !(document != null && document.confirms())) {
                    continue;
                }
                for (NameWords queryReading : NameWords.readingsOf(queryName.name())) {
                    for (NameWords candidateReading : NameWords.readingsOf(candidateName.name())) {
                        NameMatch nameMatch = names.compare(queryReading, candidateReading);
                        anyWordAgrees |= nameMatch.anyWordAgrees();
                        if (!oneSlipWithTheDate && dob != null && dob.confirms()) {
                            oneSlipWithTheDate = oneTypingSlipInOneWord(queryReading, candidateReading);
                        }
                        double total = nameMatch.score() + (dob == null ? 0 : dob.delta()) + identityDelta;
                        if (total > bestScore) {
                            bestScore = total;
                            bestName = nameMatch;
                            bestDob = dob;
                            bestIndex = k;
                        }
                    }
                }
            }
        }
        Floor renamedFloor = renamedFloor(document, query, candidate, anyWordAgrees);
        if (oneSlipWithTheDate && renamedFloor.score() < settings.possibleThreshold()) {
            renamedFloor = new Floor(settings.possibleThreshold(), ONE_SLIP_IN_A_NAME);
        }
        boolean renamed = bestScore < renamedFloor.score();
        Reason floorReason = renamedFloor.reason();
        if (renamed) {
            bestScore = renamedFloor.score();
        }
        if (bestName == null && floor > Double.NEGATIVE_INFINITY && !renamed) {
            return null;
        }
        double evidence = bestScore;
        double score = settings.scoreOf(evidence);
        boolean documentAgrees = document != null && document.confirms();
        boolean qualifierAgrees = (bestDob != null && bestDob.confirms()) || documentAgrees;
        // A family name one slip off with nothing else to go by is as often a namesake's as a typed one (FEBRL's WHITEE
        // Benjamin, no date of birth, taken for WHITE Benjamin): only a date, a document or a nationality raises it.
        boolean onlyASlip = bestName != null
                && bestName.familyNameBySlip()
                && bestDob == null
                && !(document != null && (document.confirms() || document.nearly()))
                && identityDelta <= 0
                && !renamed
                && settings.bandOf(score) != MatchBand.WEAK;
        if (onlyASlip) {
            // Shown as the weak hit it is: just below the possible band, ranked after every possible hit.
            score = Math.min(score, settings.possibleThreshold() - WEAK_MARGIN);
        }
        MatchBand band = onlyASlip ? MatchBand.WEAK : settings.bandOf(score, qualifierAgrees);
        boolean capped = band != settings.bandOf(score);
        if (bestName == null) {
            return new MatchResult(
                    score, band, () -> renamed ? List.of(floorReason) : List.of(), evidence, documentAgrees);
        }
        NameMatch name = bestName;
        Adjustment dob = bestDob;
        PersonName matchedName = candidateNames.get(bestIndex).name();
        boolean primary = bestIndex == 0;
        return new MatchResult(
                score,
                band,
                () -> {
                    List<Reason> reasons = reasons(primary, matchedName, name, dob, identityLevel);
                    if (renamed) {
                        reasons.add(floorReason);
                    }
                    if (capped) {
                        reasons.add(Reason.of(
                                "band.capped",
                                "at most a possible hit: neither date of birth nor document number confirms the name"));
                    }
                    if (onlyASlip) {
                        reasons.add(FAMILY_NAME_SLIP_ALONE);
                    }
                    return reasons;
                },
                evidence,
                documentAgrees);
    }

    /** How far below the possible band a hit capped to WEAK is shown. */
    private static final double WEAK_MARGIN = 0.01;

    private static final Reason FAMILY_NAME_SLIP_ALONE = Reason.of(
            "band.familyNameSlipAlone",
            "a weak hit: the family name differs by a slip and neither a date of birth nor a document number speaks"
                    + " for the record");
    private static final Reason CHANGE_OF_NAME = Reason.of(
            "floor.changeOfName",
            "possible change of name: the document number and the full date of birth " + "agree under another name");
    private static final Reason DOCUMENT_AND_NAME_WORD = Reason.of(
            "floor.documentAndNameWord",
            "possible hit: a name word agrees, with the document number, or "
                    + "with the full date of birth and a document number one typing slip off");

    private static final Reason CHANGE_OF_NAME_BIRTH_SLIP = Reason.of(
            "floor.changeOfNameBirthSlip",
            "possible change of name: the document number agrees and the date of birth is one typing slip off, under"
                    + " another name");
    private static final Reason NAME_WORD_AND_TWO_SLIPS = Reason.of(
            "floor.nameWordAndTwoSlips",
            "possible hit: a name word agrees, and the document number and the date of birth are each one typing slip"
                    + " off");

    private static final Reason ONE_SLIP_IN_A_NAME = Reason.of(
            "floor.oneSlipInAName",
            "possible hit: the full date of birth agrees and one word of the name is one typing slip off");

    /**
     * Whether two readings have the same words but one, and that one is a single typing slip apart (a wrong, missing,
     * extra or swapped letter) in words of four letters or more, not both Chinese syllables: with the full date of birth
     * agreeing that is a typed name (Jansen for Jensen), which the word comparison alone, blind to the date, rates as
     * another name.
     */
    private static boolean oneTypingSlipInOneWord(NameWords query, NameWords record) {
        if (query.words().size() != record.words().size() || query.words().size() < 2) {
            return false;
        }
        List<String> queryOnly =
                query.words().stream().filter(w -> !record.words().contains(w)).toList();
        List<String> recordOnly =
                record.words().stream().filter(w -> !query.words().contains(w)).toList();
        if (queryOnly.size() != 1 || recordOnly.size() != 1) {
            return false;
        }
        String a = queryOnly.getFirst();
        String b = recordOnly.getFirst();
        return Math.min(a.length(), b.length()) >= MIN_SLIP_WORD_LENGTH
                && Levenshtein.withTranspositions(a, b) == 1
                && !(ChineseSpelling.isSyllable(a) && ChineseSpelling.isSyllable(b));
    }

    private static final int MIN_SLIP_WORD_LENGTH = 4;

    /** The least a candidate scores, and why, whatever its name says. */
    private record Floor(double score, Reason reason) {
        static final Floor NONE = new Floor(Double.NEGATIVE_INFINITY, null);
    }

    /**
     * The least a candidate scores when a document number and the date of birth speak for it, whatever the name:
     * offenders change their names to slip a register. POSSIBLE under an altogether different name when the document
     * number agrees with the full date of birth or with a date one typing slip off (a digit of the year, the month or
     * the day), STRONG when a name word agrees too. POSSIBLE too when a name word agrees with the same document
     * number (no or another birth date), or with a document number one typing slip off and a full date of birth that
     * agrees or is one slip off. No floor otherwise.
     */
    private Floor renamedFloor(Adjustment document, Identity query, Identity candidate, boolean anyWordAgrees) {
        if (document == null || !(document.confirms() || document.nearly())) {
            return Floor.NONE;
        }
        Adjustment born = dates.compare(query.dateOfBirth(), candidate.dateOfBirth());
        boolean bornAgrees = born != null && born.confirms();
        if (document.confirms() && bornAgrees) {
            return new Floor(anyWordAgrees ? settings.strongThreshold() : settings.possibleThreshold(), CHANGE_OF_NAME);
        }
        if (anyWordAgrees && (document.confirms() || bornAgrees)) {
            return new Floor(settings.possibleThreshold(), DOCUMENT_AND_NAME_WORD);
        }
        boolean bornBySlip =
                !bornAgrees && DateOfBirthComparison.oneTypingSlipApart(query.dateOfBirth(), candidate.dateOfBirth());
        if (document.confirms() && bornBySlip) {
            return new Floor(settings.possibleThreshold(), CHANGE_OF_NAME_BIRTH_SLIP);
        }
        return anyWordAgrees && bornBySlip
                ? new Floor(settings.possibleThreshold(), NAME_WORD_AND_TWO_SLIPS)
                : Floor.NONE;
    }

    /**
     * Whether two names can be compared: a Japanese name in kanji only with names written in characters, whose
     * characters decide; never through the Mandarin reading of its kanji.
     */
    private static boolean comparable(
            boolean queryKanji, PersonName queryName, Identity candidate, PersonName candidateName) {
        if (queryKanji && !JapaneseNames.writtenInSyllables(candidateName)) {
            return false;
        }
        return !JapaneseNames.kanjiOfAJapaneseName(candidate, candidateName)
                || JapaneseNames.writtenInSyllables(queryName);
    }

    private static List<Reason> reasons(
            boolean primary,
            PersonName matchedName,
            NameMatch nameMatch,
            Adjustment dob,
            List<Adjustment> identityLevel) {
        List<Reason> reasons = new ArrayList<>();
        String similarity = "%.2f".formatted(nameMatch.score());
        reasons.add(Reason.of(
                primary ? "name.similarity.primary" : "name.similarity.alias",
                "name similarity %s with %s %s"
                        .formatted(similarity, primary ? "primary name" : "alias", matchedName.display()),
                similarity,
                matchedName.display()));
        reasons.addAll(nameMatch.reasons());
        if (dob != null) {
            reasons.add(dob.reason());
        }
        for (Adjustment adjustment : identityLevel) {
            reasons.add(adjustment.reason());
        }
        return reasons;
    }

    private Adjustment compareSex(Sex query, Sex record) {
        if (query == Sex.UNKNOWN || record == Sex.UNKNOWN) {
            return null;
        }
        if (query == record) {
            return new Adjustment(
                    0, () -> Reason.of("sex.matches", "sex " + query.name().toLowerCase() + " matches", query.name()));
        }
        return new Adjustment(
                -settings.sexMismatchPenalty(),
                () -> Reason.of(
                        "sex.differs",
                        "sex differs: query " + query.name().toLowerCase() + ", record "
                                + record.name().toLowerCase(),
                        query.name(),
                        record.name()));
    }

    private Adjustment compareNationalities(Set<String> query, Set<String> record) {
        if (query.isEmpty() || record.isEmpty()) {
            return null;
        }
        if (query.stream().anyMatch(record::contains)) {
            return new Adjustment(settings.nationalityOverlapBonus(), () -> {
                Set<String> common = new TreeSet<>(query);
                common.retainAll(record);
                return Reason.of(
                        "nationality.common",
                        "nationality " + String.join(", ", common) + " in common",
                        String.join(", ", common));
            });
        }
        return new Adjustment(
                -settings.nationalityMismatchPenalty(),
                () -> Reason.of(
                        "nationality.none",
                        "no nationality in common: query " + String.join(", ", new TreeSet<>(query)) + ", record "
                                + String.join(", ", new TreeSet<>(record)),
                        String.join(", ", new TreeSet<>(query)),
                        String.join(", ", new TreeSet<>(record))));
    }

    private static void addIfPresent(Adjustment adjustment, List<Adjustment> into) {
        if (adjustment != null) {
            into.add(adjustment);
        }
    }
}
