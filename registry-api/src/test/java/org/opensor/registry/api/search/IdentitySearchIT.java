package org.opensor.registry.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opensor.registry.api.RegistrantRequestBuilder.aRegistrant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensor.registry.api.ApiClient;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.api.WithTestAccounts;
import org.opensor.registry.index.IndexedRegistrant;
import org.opensor.registry.index.RegistrantDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Identity search as an officer tries it through the API. People are registered through the API; the
 * search-indexer does not run in this module's tests, so each registrant's event is taken from Kafka and indexed
 * here by the indexer's own conversion ({@link RegistrantDocument#fromEvent}, shared through registrant-index), into
 * a fresh index under the test alias.
 */
@IntegrationTest
class IdentitySearchIT extends WithTestAccounts {

    private static final String PURPOSE = "CASE-2026-0042 suspected breach of travel notice";
    private static final String SEARCHES = "/api/v1/identity-searches";

    @Autowired
    ElasticsearchClient elasticsearch;

    String sokSokha;
    String passport;
    List<String> chanDaras = new ArrayList<>();

    @BeforeEach
    void registryWithSokSokhaAndTwoCommonNames() throws IOException {
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        passport = "N0" + (1_000_000 + (long) (Math.random() * 8_999_999));
        sokSokha = registeredByTheClerk(aRegistrant()
                .named("SOK", "Sokha")
                .originalScriptName("សុខ សុខា")
                .alias("CHANN", "Sokha")
                .bornOn("1970-05-12")
                .nationalities("KHM")
                .passport(passport, "KHM", "2030-01-31")
                .confirmedDistinct("Judgment 7/2026 received from the court")
                .json());
        for (String born : List.of("1980-01-01", "1975-07-07")) {
            chanDaras.add(registeredByTheClerk(aRegistrant()
                    .named("CHAN", "Dara")
                    .bornOn(born)
                    .nationalities("KHM")
                    .confirmedDistinct("Judgment 8/2026 received from the court")
                    .json()));
        }
        SearchIndexFixture.indexFromTheirEvents(elasticsearch, List.of(sokSokha, chanDaras.get(0), chanDaras.get(1)));
    }

    @Test
    void anotherRomanizationOfAnAliasIsFoundWithReadableReasonsAndIsStrongOnceTheBirthYearAgrees() {
        JsonNode nameOnly = top(search("""
                {"fullName":"Sokhar Chann"}"""));
        assertThat(nameOnly.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(nameOnly.get("displayName").asString()).isEqualTo("SOK Sokha");
        assertThat(nameOnly.get("band").asString()).isEqualTo("POSSIBLE");
        assertThat(reasons(nameOnly))
                .contains(
                        "given name SOKHAR ≈ SOKHA: trailing h/r/s",
                        "at most a possible hit: neither date of birth nor document number confirms the name")
                .anyMatch(r -> r.startsWith("name similarity") && r.endsWith("with alias CHANN Sokha"));

        JsonNode withYear = top(search("""
                {"fullName":"Sokhar Chann","dateOfBirth":"1970"}"""));
        assertThat(withYear.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(withYear.get("band").asString())
                .as("a birth year is shared by too many namesakes to confirm a name")
                .isEqualTo("POSSIBLE");
        assertThat(reasons(withYear)).contains("date of birth 1970 matches year of 1970-05-12");

        JsonNode withDate = top(search("""
                {"fullName":"Sokhar Chann","dateOfBirth":"1970-05-12"}"""));
        assertThat(withDate.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(withDate.get("band").asString()).isEqualTo("STRONG");
    }

    @Test
    void swappedNameOrderAndKhmerScriptFindTheSamePerson() {
        JsonNode swapped = top(search("""
                {"familyName":"Sokha","givenNames":"Sok","dateOfBirth":"1970-05-12"}"""));
        assertThat(swapped.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(swapped.get("band").asString()).isEqualTo("STRONG");
        assertThat(reasons(swapped)).contains("family and given names are swapped between query and record");

        JsonNode khmer = top(search("""
                {"originalScriptName":"ចាន់ សុខា","dateOfBirth":"1970"}"""));
        assertThat(khmer.get("registrantId").asString()).isEqualTo(sokSokha);
    }

    @Test
    void aPassportNumberWithOneOcrSlipMakesAStrongHit() {
        String misread = passport.replaceFirst("0", "O");
        JsonNode hit = top(search("""
                {"fullName":"Sokha Sok","documentNumber":"%s"}""".formatted(misread)));
        assertThat(hit.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(hit.get("band").asString()).isEqualTo("STRONG");
        assertThat(reasons(hit)).anyMatch(r -> r.startsWith("document number") && r.contains("matches"));
    }

    /** Issue 25: an officer who has only the number, typed as read, with one misreading, or with one slip. */
    @Test
    void aPassportNumberAloneFindsItsHolderExactlyButForAnOcrMisreadingOrWithOneSlip() {
        JsonNode exact = top(search("""
                {"documentNumber":"%s"}""".formatted(spaced(passport.toLowerCase(java.util.Locale.ROOT)))));
        assertThat(exact.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(exact.get("displayName").asString()).isEqualTo("SOK Sokha");
        assertThat(exact.get("band").asString()).isEqualTo("STRONG");
        assertThat(reasons(exact)).containsExactly("document number " + passport + " agrees exactly");

        String misread = passport.replaceFirst("0", "O");
        JsonNode ocr = top(search("""
                {"documentNumber":"%s"}""".formatted(misread)));
        assertThat(ocr.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(ocr.get("band").asString()).isEqualTo("POSSIBLE");
        assertThat(reasons(ocr))
                .containsExactly("document number " + misread + " differs by one character from " + passport
                        + ": O read for 0 at position 2, a common OCR misreading");

        String mistyped = passport.substring(0, passport.length() - 1) + (passport.endsWith("7") ? "8" : "7");
        JsonNode slip = top(search("""
                {"documentNumber":"%s"}""".formatted(mistyped)));
        assertThat(slip.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(slip.get("band").asString()).isEqualTo("WEAK");
        assertThat(reasons(slip))
                .containsExactly("document number " + mistyped + " differs by one character from " + passport);

        String swapped = passport.substring(0, 3) + passport.charAt(4) + passport.charAt(3) + passport.substring(5);
        if (!swapped.equals(passport)) {
            assertThat(top(search("""
                            {"documentNumber":"%s"}""".formatted(swapped))).get("registrantId").asString())
                    .as("two neighbouring digits swapped")
                    .isEqualTo(sokSokha);
        }
    }

    @Test
    void aNumberTwoCharactersAwayFindsNoOneAndTheSearchIsAuditedWithItsPurpose() {
        int last = passport.length() - 1;
        // Both of the last two digits changed, and never into each other (that would be one swap).
        String twoAway = passport.substring(0, last - 1)
                + (char) ('0' + (passport.charAt(last - 1) - '0' + 1) % 10)
                + (char) ('0' + (passport.charAt(last) - '0' + 3) % 10);
        ApiClient.Reply none = search("""
                {"documentNumber":"%s"}""".formatted(twoAway));
        assertThat(none.json().get("hits")).as(none.body()).isEmpty();
        assertThat(none.json().get("totalHits").asInt()).isZero();

        search("""
                {"documentNumber":"%s"}""".formatted(passport));
        assertThat(jdbc.sql("""
                        select record_id from registry.audit_event
                        where actor = 'police' and action = 'POST /api/v1/identity-searches' and purpose = :purpose
                        order by position desc limit 1""").param("purpose", PURPOSE).query(String.class).list())
                .as("the search by number is audited with its purpose and the record it disclosed")
                .containsExactly(sokSokha);
    }

    @Test
    void aCommonNameWithTheWrongDateOfBirthIsNeverStrong() {
        ApiClient.Reply reply = search("""
                {"familyName":"CHAN","givenNames":"Dara","dateOfBirth":"1990-03-03"}""");
        List<JsonNode> hits = new ArrayList<>();
        reply.json().get("hits").forEach(hits::add);
        assertThat(hits).extracting(h -> h.get("registrantId").asString()).containsAll(chanDaras);
        assertThat(hits).allSatisfy(h -> assertThat(h.get("band").asString()).isNotEqualTo("STRONG"));
        assertThat(hits)
                .filteredOn(h -> chanDaras.contains(h.get("registrantId").asString()))
                .allSatisfy(h -> assertThat(reasons(h)).anyMatch(r -> r.contains("does not match")));
    }

    @Test
    void aRecordChangedSinceAnEarlierSearchIsShownAsItIsNow() throws IOException {
        String body = """
                {"familyName":"CHAN","givenNames":"Dara","dateOfBirth":"1980-01-01"}""";
        JsonNode before = top(search(body));
        assertThat(before.get("registrantId").asString()).isEqualTo(chanDaras.get(0));
        assertThat(before.get("displayName").asString()).isEqualTo("CHAN Dara");

        // A later version of the record, as the indexer would write it after a clerk's correction.
        IndexedRegistrant corrected = new IndexedRegistrant(
                chanDaras.get(0),
                100,
                "CHAN",
                "Dara Vireak",
                null,
                "1980-01-01",
                null,
                "MALE",
                List.of("KHM"),
                List.of(),
                List.of());
        elasticsearch.index(i -> i.index(TestServers.SEARCH_ALIAS)
                .id(chanDaras.get(0))
                .version(100L)
                .versionType(VersionType.External)
                .document(SearchIndexFixture.documentOf(corrected, "2026-11-28T10:00:00Z"))
                .refresh(Refresh.True));

        JsonNode after = top(search(body));
        assertThat(after.get("registrantId").asString()).isEqualTo(chanDaras.get(0));
        assertThat(after.get("displayName").asString())
                .as("not the registrant remembered from the first search")
                .isEqualTo("CHAN Dara Vireak");
    }

    @Test
    void aSearchSaysItMayBeIncompleteWhenMorePeopleMatchAsCloselyThanItCompared() throws IOException {
        String nameOnly = """
                {"familyName":"CHAN","givenNames":"Dara"}""";
        assertThat(search(nameOnly).json().get("mayBeIncomplete").asBoolean())
                .as("two namesakes")
                .isFalse();

        // 100 more namesakes, born on other days: more than the first window of 100, within the second, wider one.
        SearchIndexFixture.indexNamesakes(elasticsearch, "CHAN", "Dara", 100);

        JsonNode widened = search(nameOnly).json();
        assertThat(widened.get("totalHits").asInt()).isGreaterThan(100);
        assertThat(widened.get("mayBeIncomplete").asBoolean())
                .as("asked again for more candidates")
                .isFalse();

        // A common name in a large registry: 500 more, beyond the wider window too.
        SearchIndexFixture.indexNamesakes(elasticsearch, "CHAN", "Dara", 500);

        JsonNode crowded = search(nameOnly).json();
        assertThat(crowded.get("totalHits").asInt()).isBetween(1, 500);
        assertThat(crowded.get("mayBeIncomplete").asBoolean()).isTrue();
        assertThat(search("""
                {"familyName":"SOK","givenNames":"Sokha","dateOfBirth":"1970-05-12"}""").json().get("mayBeIncomplete").asBoolean())
                .as("a name no one else has")
                .isFalse();
    }

    @Test
    void theHolderOfThePassportIsFirstAmongFiftyNamesakesBornTheSameDay() throws IOException {
        List<String> sameDay = indexNamesakesBornOn("1985-07-20", 50, 37);
        SearchIndexFixture.indexNamesakes(elasticsearch, "NGUYEN", "Van Thanh", 150);

        JsonNode first = top(search("""
                {"familyName":"NGUYEN","givenNames":"Van Thanh","dateOfBirth":"1985-07-20","nationality":"VNM",
                 "documentNumber":"C7654321"}"""));

        assertThat(first.get("registrantId").asString()).isEqualTo(sameDay.get(37));
        assertThat(first.get("band").asString()).isEqualTo("STRONG");
    }

    @Test
    void aRenamedRegistrantKeepingPassportAndBirthDateIsAHitAmongNamesakesOfTheNewName() throws IOException {
        SearchIndexFixture.indexNamesakes(elasticsearch, "HARGREAVES", "Simon", 150);

        JsonNode first = top(search("""
                {"familyName":"HARGREAVES","givenNames":"Simon","dateOfBirth":"1970-05-12","documentNumber":"%s"}""".formatted(passport)));

        assertThat(first.get("registrantId").asString()).isEqualTo(sokSokha);
        assertThat(first.get("band").asString()).isEqualTo("POSSIBLE");
        assertThat(reasons(first)).anyMatch(r -> r.startsWith("possible change of name"));
    }

    /** {@code count} men named NGUYEN Van Thanh born on {@code born}, the one at {@code holder} with passport C7654321. */
    private List<String> indexNamesakesBornOn(String born, int count, int holder) throws IOException {
        List<String> ids = new ArrayList<>();
        BulkRequest.Builder bulk =
                new BulkRequest.Builder().index(TestServers.SEARCH_ALIAS).refresh(Refresh.True);
        for (int n = 0; n < count; n++) {
            IndexedRegistrant namesake = new IndexedRegistrant(
                    UUID.randomUUID().toString(),
                    1,
                    "NGUYEN",
                    "Van Thanh",
                    null,
                    born,
                    null,
                    "MALE",
                    List.of("VNM"),
                    List.of(),
                    List.of(n == holder ? "C7654321" : "C1%07d".formatted(n)));
            bulk.operations(op -> op.index(i -> i.id(namesake.registrantId())
                    .version(1L)
                    .versionType(VersionType.External)
                    .document(SearchIndexFixture.documentOf(namesake, "2026-11-28T10:00:00Z"))));
            ids.add(namesake.registrantId());
        }
        assertThat(elasticsearch.bulk(bulk.build()).errors())
                .as("namesakes indexed")
                .isFalse();
        return ids;
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aDocumentWithoutItsCandidatePayloadMakesTheSearchUnavailableUntilTheIndexIsRebuilt(CapturedOutput output)
            throws IOException {
        IndexedRegistrant older = new IndexedRegistrant(
                UUID.randomUUID().toString(),
                3,
                "PHENG",
                "Chantrea",
                null,
                "1975-03-09",
                null,
                "FEMALE",
                List.of("KHM"),
                List.of(),
                List.of());
        RegistrantDocument full = SearchIndexFixture.documentOf(older, "2026-11-28T10:00:00Z");
        RegistrantDocument withoutPayload = full.withIndexOnlyFields(full.keys(), null);
        elasticsearch.index(i -> i.index(TestServers.SEARCH_ALIAS)
                .id(older.registrantId())
                .version(3L)
                .versionType(VersionType.External)
                .document(withoutPayload)
                .refresh(Refresh.True));

        ApiClient.Reply reply = api.search(SEARCHES, "police", PURPOSE, """
                {"familyName":"PHENG","givenNames":"Chantrea","dateOfBirth":"1975-03-09"}""");
        assertThat(reply.status()).as("no silently shorter candidate list").isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(output)
                .as("the operator is told to rebuild, without the person's name")
                .contains("without a candidate payload")
                .contains("--rebuild-index")
                .doesNotContain("PHENG");
    }

    @Test
    void aSearchNeedsAPurposeANameAndARoleThatMaySearch() {
        ApiClient.Reply noPurpose = api.search(SEARCHES, "police", null, "{\"fullName\":\"Sokha Sok\"}");
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(noPurpose.contentType()).startsWith("application/problem+json");
        assertThat(noPurpose.body()).contains("X-Purpose");

        ApiClient.Reply noName = api.search(SEARCHES, "police", PURPOSE, "{\"dateOfBirth\":\"1970\"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.contentType()).startsWith("application/problem+json");
        assertThat(noName.body())
                .contains("name-or-document-required")
                .contains("familyName")
                .contains("documentNumber");

        ApiClient.Reply onlyFillers = api.search(SEARCHES, "police", PURPOSE, "{\"documentNumber\":\"<< -\"}");
        assertThat(onlyFillers.status()).isEqualTo(400);
        assertThat(onlyFillers.contentType()).startsWith("application/problem+json");
        assertThat(onlyFillers.body()).contains("documentNumber").contains("letters-or-digits");

        assertThat(api.search(SEARCHES, "border", PURPOSE, "{\"fullName\":\"Sokha Sok\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.search(SEARCHES, "clerk", PURPOSE, "{\"fullName\":\"Sokha Sok\"}")
                        .status())
                .isEqualTo(200);
    }

    private ApiClient.Reply search(String body) {
        ApiClient.Reply reply = api.search(SEARCHES, "police", PURPOSE, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply;
    }

    /** A number as a person may type it from a card: in groups of three. */
    private static String spaced(String number) {
        return number.replaceAll("(.{3})", "$1 ").strip();
    }

    private static JsonNode top(ApiClient.Reply reply) {
        assertThat(reply.json().get("hits")).as(reply.body()).isNotEmpty();
        return reply.json().get("hits").get(0);
    }

    private static List<String> reasons(JsonNode hit) {
        List<String> reasons = new ArrayList<>();
        hit.get("reasons").forEach(r -> reasons.add(r.asString()));
        return reasons;
    }
}
