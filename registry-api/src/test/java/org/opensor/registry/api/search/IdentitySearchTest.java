package org.opensor.registry.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.index.IndexedRegistrant;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.score.MatchBand;

class IdentitySearchTest {

    private static final IndexedRegistrant SOK = new IndexedRegistrant(
            "00000000-0000-0000-0000-000000000001",
            1,
            "SOK",
            "Sokha",
            "សុខ សុខា",
            "1970-05-12",
            null,
            "MALE",
            List.of("KHM"),
            List.of(new IndexedRegistrant.IndexedAlias("CHANN", "Sokha", null, null)),
            List.of("N01234567"));
    private static final IndexedRegistrant KEO = new IndexedRegistrant(
            "00000000-0000-0000-0000-000000000002",
            1,
            "KEO",
            "Rithy",
            null,
            "1980",
            null,
            "MALE",
            List.of("KHM"),
            List.of(),
            List.of());
    private static final IndexedRegistrant CHAN = new IndexedRegistrant(
            "00000000-0000-0000-0000-000000000003",
            1,
            "CHAN",
            "Sokha",
            null,
            "1970",
            null,
            "MALE",
            List.of("KHM"),
            List.of(),
            List.of());

    private static final WithdrawnRecords NOTHING_WITHDRAWN = ids -> Set.of();

    private final SearchSettings settings = new SearchSettings("registrants", 100, 50);

    @Test
    void ranksTheCandidatesByTheirScoreAgainstEveryNameAndAlias() {
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> candidates(KEO, CHAN, SOK), ids -> Map.of(), NOTHING_WITHDRAWN, settings);

        IdentityHits hits = search.search(query("Sokhar Chann", "1970-05-12"), Viewer.OF_NO_UNIT);

        assertThat(hits.hits()).extracting(IdentityHit::registrantId).startsWith(SOK.registrantId());
        assertThat(hits.hits().getFirst().band()).isEqualTo(MatchBand.STRONG);
        assertThat(hits.hits().getFirst().displayName()).isEqualTo("SOK Sokha");
        assertThat(hits.hits()).extracting(IdentityHit::registrantId).endsWith(KEO.registrantId());
        assertThat(hits.totalHits()).isEqualTo(3);
    }

    @Test
    void pagesThroughTheRankedHits() {
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> candidates(KEO, CHAN, SOK), ids -> Map.of(), NOTHING_WITHDRAWN, settings);

        IdentityHits second =
                search.search(new IdentityQuery(query("Sokhar Chann", "1970").identity(), 1, 2), Viewer.OF_NO_UNIT);

        assertThat(second.hits()).extracting(IdentityHit::registrantId).containsExactly(KEO.registrantId());
    }

    @Test
    void leavesOutRecordsRestrictedToOtherUnits() {
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> candidates(SOK, CHAN),
                ids -> Map.of(SOK.registrantId(), List.of("unit-b")),
                NOTHING_WITHDRAWN,
                settings);

        assertThat(search.search(query("Sokha Sok", null), new Viewer("unit-a")).hits())
                .extracting(IdentityHit::registrantId)
                .doesNotContain(SOK.registrantId());
        assertThat(search.search(query("Sokha Sok", null), Viewer.OF_NO_UNIT).totalHits())
                .as("not counted either")
                .isEqualTo(search.search(query("Sokha Sok", null), new Viewer("unit-b"))
                                .totalHits()
                        - 1);
        assertThat(search.search(query("Sokha Sok", null), new Viewer("unit-b")).hits())
                .extracting(IdentityHit::registrantId)
                .contains(SOK.registrantId());
    }

    @Test
    void aScreeningKeepsAHitOnARestrictedRecordButWithholdsItsDetails() {
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> candidates(SOK, CHAN),
                ids -> Map.of(SOK.registrantId(), List.of("unit-b")),
                NOTHING_WITHDRAWN,
                settings);

        IdentityHit hit = search
                .searchEach(
                        List.of(query("Sokha Sok", null)),
                        Viewer.OF_NO_UNIT,
                        IdentitySearch.RestrictedHits.WITHHOLD_DETAILS,
                        MatchBand.WEAK,
                        10)
                .getFirst()
                .hits()
                .stream()
                .filter(h -> h.registrantId().equals(SOK.registrantId()))
                .findFirst()
                .orElseThrow();

        assertThat(hit.band()).isNotNull();
        assertThat(hit.displayName()).isNull();
        assertThat(hit.reasons()).isEmpty();
        assertThat(hit.withheld().contactUnits()).containsExactly("unit-b");
        assertThat(hit.withheld().instruction()).startsWith("STOP").contains("contact unit unit-b");
    }

    @Test
    void aDeregisteredRecordLeavesBothSearchAndScreeningAndIsNotCounted() {
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> new CandidateIndex.Candidates(List.of(CHAN, SOK), 1),
                ids -> Map.of(),
                ids -> ids.contains(SOK.registrantId()) ? Set.of(SOK.registrantId()) : Set.of(),
                settings);

        IdentityHits searched = search.search(query("Sokha Sok", "1970-05-12"), Viewer.OF_NO_UNIT);
        IdentityHits screened = search.searchEach(
                        List.of(query("Sokha Sok", "1970-05-12")),
                        Viewer.OF_NO_UNIT,
                        IdentitySearch.RestrictedHits.WITHHOLD_DETAILS,
                        MatchBand.WEAK,
                        10)
                .getFirst();

        assertThat(searched.hits()).extracting(IdentityHit::registrantId).doesNotContain(SOK.registrantId());
        assertThat(screened.hits())
                .as("a screening withholds a restricted hit's details, but a withdrawn one is not there at all")
                .extracting(IdentityHit::registrantId)
                .doesNotContain(SOK.registrantId());
        assertThat(searched.totalHits()).isEqualTo(searched.hits().size());
        assertThat(searched.mayBeIncomplete())
                .as("the withdrawn record was the one tied at the cut")
                .isFalse();
    }

    @Test
    void askTheIndexWithTheQueryKeysAndTheConfiguredNumberOfCandidates() {
        int[] asked = new int[1];
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> {
                    asked[0] = limit;
                    assertThat(keys).contains("dob:1970");
                    return CandidateIndex.Candidates.none();
                },
                ids -> Map.of(),
                NOTHING_WITHDRAWN,
                new SearchSettings("registrants", 37, 50));

        assertThat(search.search(query("Sokha Sok", "1970"), Viewer.OF_NO_UNIT).hits())
                .isEmpty();
        assertThat(asked[0]).isEqualTo(37);
    }

    @Test
    void mayBeIncompleteOnlyWhenRegistrantsLeftOutAreAsCloseByTheKeysAsAHitWorthShowing() {
        // SOK Sokha is a STRONG hit for this query, KEO Rithy not even POSSIBLE.
        IdentityQuery sokSokha = query("Sokha Sok", "1970-05-12");
        IdentitySearch sokTiedWithSomeLeftOut = new IdentitySearch(
                (keys, limit) -> new CandidateIndex.Candidates(List.of(KEO, CHAN, SOK), 1),
                ids -> Map.of(),
                NOTHING_WITHDRAWN,
                settings);
        IdentitySearch keoTiedWithSomeLeftOut = new IdentitySearch(
                (keys, limit) -> new CandidateIndex.Candidates(List.of(SOK, CHAN, KEO), 1),
                ids -> Map.of(),
                NOTHING_WITHDRAWN,
                settings);
        IdentitySearch noneLeftOut = new IdentitySearch(
                (keys, limit) -> candidates(KEO, CHAN, SOK), ids -> Map.of(), NOTHING_WITHDRAWN, settings);

        assertThat(sokTiedWithSomeLeftOut.search(sokSokha, Viewer.OF_NO_UNIT).mayBeIncomplete())
                .isTrue();
        assertThat(keoTiedWithSomeLeftOut.search(sokSokha, Viewer.OF_NO_UNIT).mayBeIncomplete())
                .isFalse();
        assertThat(noneLeftOut.search(sokSokha, Viewer.OF_NO_UNIT).mayBeIncomplete())
                .isFalse();
    }

    @Test
    void aSearchThatMayMissSomeoneTiedAtTheCutIsAskedAgainForMoreCandidates() {
        // The index holds SOK's twin beyond the first 100: tied at the cut then, within reach of a wider window.
        IndexedRegistrant sokTwin = new IndexedRegistrant(
                "00000000-0000-0000-0000-000000000004",
                1,
                "SOK",
                "Sokha",
                null,
                "1970-05-12",
                null,
                "MALE",
                List.of("KHM"),
                List.of(),
                List.of());
        List<Integer> asked = new java.util.ArrayList<>();
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> {
                    asked.add(limit);
                    return limit <= 100
                            ? new CandidateIndex.Candidates(List.of(KEO, SOK), 1)
                            : new CandidateIndex.Candidates(List.of(KEO, SOK, sokTwin), 0);
                },
                ids -> Map.of(),
                NOTHING_WITHDRAWN,
                settings);

        IdentityHits hits = search.search(query("Sokha Sok", "1970-05-12"), Viewer.OF_NO_UNIT);

        assertThat(asked).containsExactly(100, 500);
        assertThat(hits.mayBeIncomplete()).isFalse();
        assertThat(hits.hits()).extracting(IdentityHit::registrantId).contains(sokTwin.registrantId());
        assertThat(hits.totalHits()).isEqualTo(3);
    }

    @Test
    void aTieBelowTheFirstPageOfHitsDoesNotMakeASearchIncomplete() {
        IndexedRegistrant sokTwin = new IndexedRegistrant(
                "00000000-0000-0000-0000-000000000004",
                1,
                "SOK",
                "Sokha",
                null,
                "1970-05-12",
                null,
                "MALE",
                List.of("KHM"),
                List.of(),
                List.of());
        IdentitySearch twinTied = new IdentitySearch(
                (keys, limit) -> new CandidateIndex.Candidates(List.of(SOK, sokTwin), 1),
                ids -> Map.of(),
                NOTHING_WITHDRAWN,
                settings);
        Identity sokSokha = query("Sokha Sok", "1970-05-12").identity();

        assertThat(twinTied.search(new IdentityQuery(sokSokha, 0, 10), Viewer.OF_NO_UNIT)
                        .mayBeIncomplete())
                .as("the twin is on the page")
                .isTrue();
        assertThat(twinTied.search(new IdentityQuery(sokSokha, 0, 1), Viewer.OF_NO_UNIT)
                        .mayBeIncomplete())
                .as("the twin ranks second")
                .isFalse();
    }

    @Test
    void aTiedPossibleHitBelowAStrongOneDoesNotMakeASearchIncomplete() {
        IndexedRegistrant sokWithoutDate = new IndexedRegistrant(
                "00000000-0000-0000-0000-000000000005",
                1,
                "SOK",
                "Sokha",
                null,
                null,
                null,
                "MALE",
                List.of("KHM"),
                List.of(),
                List.of());
        Identity sokSokha = query("Sokha Sok", "1970-05-12").identity();
        IdentitySearch strongAnswers = new IdentitySearch(
                (keys, limit) -> new CandidateIndex.Candidates(List.of(SOK, sokWithoutDate), 1),
                ids -> Map.of(),
                NOTHING_WITHDRAWN,
                settings);
        IdentitySearch noStrongHit = new IdentitySearch(
                (keys, limit) -> new CandidateIndex.Candidates(List.of(KEO, sokWithoutDate), 1),
                ids -> Map.of(),
                NOTHING_WITHDRAWN,
                settings);

        IdentityHits answered = strongAnswers.search(new IdentityQuery(sokSokha, 0, 10), Viewer.OF_NO_UNIT);
        assertThat(answered.hits()).extracting(IdentityHit::band).containsExactly(MatchBand.STRONG, MatchBand.POSSIBLE);
        assertThat(answered.mayBeIncomplete()).isFalse();
        assertThat(noStrongHit
                        .search(new IdentityQuery(sokSokha, 0, 10), Viewer.OF_NO_UNIT)
                        .mayBeIncomplete())
                .isTrue();
    }

    @Test
    void theHolderOfThePassportIsFirstAmongFiftyNamesakesWhateverTheIndexOrder() {
        List<IndexedRegistrant> namesakes = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            namesakes.add(new IndexedRegistrant(
                    "00000000-0000-0000-0000-0000000001%02d".formatted(i),
                    1,
                    "NGUYEN",
                    "Van Thanh",
                    null,
                    "1985-07-20",
                    null,
                    "MALE",
                    List.of("VNM"),
                    List.of(),
                    List.of(i == 49 ? "C7654321" : "C10000%02d".formatted(i))));
        }
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> new CandidateIndex.Candidates(namesakes, 0),
                ids -> Map.of(),
                NOTHING_WITHDRAWN,
                settings);
        Identity traveller = Identity.named(PersonName.of("NGUYEN", "Van Thanh"))
                .bornOn(PartialDate.parse("1985-07-20"))
                .withNationalities("VNM")
                .withDocumentNumbers("C7654321");

        IdentityHits hits = search.search(new IdentityQuery(traveller, 0, 10), Viewer.OF_NO_UNIT);

        assertThat(hits.hits().getFirst().registrantId())
                .isEqualTo(namesakes.get(49).registrantId());
        assertThat(hits.hits().getFirst().score())
                .isGreaterThan(hits.hits().get(1).score());
    }

    @Test
    void aRegistrantWhoseDocumentAgreesComesBeforeEveryHitWithoutOne() {
        IndexedRegistrant holder = new IndexedRegistrant(
                "00000000-0000-0000-0000-000000000009",
                1,
                "KEO",
                "Rithy",
                null,
                null,
                null,
                "MALE",
                List.of(),
                List.of(),
                List.of("N01234567"));
        IndexedRegistrant namesake = new IndexedRegistrant(
                "00000000-0000-0000-0000-000000000008",
                1,
                "SOK",
                "Sokha",
                null,
                "1970-05-12",
                null,
                "MALE",
                List.of("KHM"),
                List.of(),
                List.of());
        IdentitySearch search = new IdentitySearch(
                (keys, limit) -> candidates(namesake, holder), ids -> Map.of(), NOTHING_WITHDRAWN, settings);

        IdentityHits hits = search.search(
                new IdentityQuery(query("Sokha Sok", "1970-05-12").identity().withDocumentNumbers("N01234567"), 0, 10),
                Viewer.OF_NO_UNIT);

        assertThat(hits.hits())
                .extracting(IdentityHit::registrantId)
                .containsExactly(holder.registrantId(), namesake.registrantId());
    }

    @Test
    void aDocumentNumberAloneAsksForItsKeyAndRanksByTheNumberUnderTheSameRestrictions() {
        IndexedRegistrant slipAway = new IndexedRegistrant(
                "00000000-0000-0000-0000-000000000007",
                1,
                "KEO",
                "Rithy",
                null,
                null,
                null,
                "MALE",
                List.of(),
                List.of(),
                List.of("N01234568"));
        IndexedRegistrant restricted = new IndexedRegistrant(
                "00000000-0000-0000-0000-000000000006",
                1,
                "CHEA",
                "Dara",
                null,
                null,
                null,
                "MALE",
                List.of(),
                List.of(),
                List.of("N01234567"));
        IndexedRegistrant withdrawn = new IndexedRegistrant(
                "00000000-0000-0000-0000-000000000005",
                1,
                "PHENG",
                "Bopha",
                null,
                null,
                null,
                "FEMALE",
                List.of(),
                List.of(),
                List.of("N01234567"));
        String[] askedFor = new String[1];
        CandidateIndex index = new CandidateIndex() {
            @Override
            public Candidates candidates(java.util.Collection<String> keys, int limit) {
                throw new AssertionError("a number alone is not searched by the identity's keys");
            }

            @Override
            public Candidates candidatesNearDocument(String documentKey, int limit) {
                askedFor[0] = documentKey;
                return IdentitySearchTest.candidates(KEO, slipAway, restricted, withdrawn, SOK);
            }
        };
        IdentitySearch search = new IdentitySearch(
                index,
                ids -> Map.of(restricted.registrantId(), List.of("unit-b")),
                ids -> Set.of(withdrawn.registrantId()),
                settings);

        IdentityHits hits = search.search(IdentityQuery.byDocumentNumber("n0123 4567", 0, 10), new Viewer("unit-a"));

        assertThat(askedFor[0]).isEqualTo("doc:N01234567");
        assertThat(hits.hits())
                .as("KEO holds no document; the restricted and the withdrawn records are left out")
                .extracting(IdentityHit::registrantId)
                .containsExactly(SOK.registrantId(), slipAway.registrantId());
        assertThat(hits.hits()).extracting(IdentityHit::band).containsExactly(MatchBand.STRONG, MatchBand.WEAK);
        assertThat(hits.hits().getFirst().reasons()).containsExactly("document number N01234567 agrees exactly");
        assertThat(hits.hits().get(1).reasons())
                .containsExactly("document number N01234567 differs by one character from N01234568");
        assertThat(hits.totalHits()).isEqualTo(2);
    }

    private static CandidateIndex.Candidates candidates(IndexedRegistrant... registrants) {
        return new CandidateIndex.Candidates(List.of(registrants), 0);
    }

    private static IdentityQuery query(String fullName, String born) {
        Identity identity = Identity.named(PersonName.full(fullName));
        return new IdentityQuery(born == null ? identity : identity.bornOn(PartialDate.parse(born)), 0, 10);
    }
}
