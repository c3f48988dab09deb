package org.opensor.registry.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatePayloadTest {

    private static final String PAYLOAD = """
            {"registrantId":"7f1c","version":4,"familyName":"SOK","givenNames":"Sokha","dateOfBirth":"1970",\
            "dateOfBirthPlusMinusYears":2,"sex":"MALE","nationalities":["KHM"],\
            "aliases":[{"familyName":"CHANN","givenNames":"Sokha"},{"fullName":"សុខ សុខា","dateOfBirth":"1970-05-12"}],\
            "documentNumbers":["N0123456"],"addedByANewerIndexer":{"x":1}}""";

    @Test
    void readsEveryFieldTheSearchUsesAndSkipsOnesItDoesNotKnow() {
        IndexedRegistrant registrant = CandidatePayload.read(PAYLOAD.getBytes(StandardCharsets.UTF_8));

        assertThat(registrant)
                .isEqualTo(new IndexedRegistrant(
                        "7f1c",
                        4,
                        "SOK",
                        "Sokha",
                        null,
                        "1970",
                        2,
                        "MALE",
                        List.of("KHM"),
                        List.of(
                                new IndexedRegistrant.IndexedAlias("CHANN", "Sokha", null, null),
                                new IndexedRegistrant.IndexedAlias(null, null, "សុខ សុខា", "1970-05-12")),
                        List.of("N0123456")));
    }

    @Test
    void leftOutListsAreEmpty() {
        IndexedRegistrant registrant = CandidatePayload.read(
                "{\"registrantId\":\"a\",\"version\":1,\"familyName\":\"KEO\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(registrant.aliases()).isEmpty();
        assertThat(registrant.nationalities()).isEmpty();
        assertThat(registrant.documentNumbers()).isEmpty();
    }

    @Test
    void fieldsItDoesNotKnowAreSkippedWhateverTheirShapeAndWherever() {
        IndexedRegistrant registrant = CandidatePayload.read("""
                {"new":[1,{"a":[2]}],"registrantId":"b","aliases":[{"note":{"x":[]},"fullName":"KEO Dara"}],\
                "version":7,"originalScriptName":null,"dateOfBirthPlusMinusYears":null,"nationalities":null}""".getBytes(StandardCharsets.UTF_8));

        assertThat(registrant)
                .isEqualTo(new IndexedRegistrant(
                        "b",
                        7,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        List.of(new IndexedRegistrant.IndexedAlias(null, null, "KEO Dara", null)),
                        List.of()));
    }

    @Test
    void aPayloadOfTheWrongShapeIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> CandidatePayload.read("[\"SOK Sokha\"]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("SOK");
        assertThatThrownBy(() -> CandidatePayload.read("{\"familyName\":[\"SOK\"]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("SOK");
    }

    @Test
    void whatIsWrittenIsReadBackFieldForField() {
        IndexedRegistrant registrant = new IndexedRegistrant(
                "7f1c",
                4,
                "SOK",
                "Sokha",
                "សុខ សុខា",
                "1970",
                2,
                "MALE",
                List.of("KHM", "THA"),
                List.of(
                        new IndexedRegistrant.IndexedAlias("CHANN", "Sokha", null, "1971-02"),
                        new IndexedRegistrant.IndexedAlias(null, null, "Sokhar Chann", null)),
                List.of("N0123456"));

        assertThat(CandidatePayload.read(CandidatePayload.write(registrant))).isEqualTo(registrant);
    }

    @Test
    void nullsAreLeftOutOfThePayload() {
        IndexedRegistrant registrant =
                new IndexedRegistrant("a", 1, "KEO", null, null, null, null, "MALE", null, null, null);

        String json = new String(
                java.util.Base64.getDecoder().decode(CandidatePayload.write(registrant)), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("null").doesNotContain("givenNames");
        assertThat(CandidatePayload.read(CandidatePayload.write(registrant))).isEqualTo(registrant);
    }
}
