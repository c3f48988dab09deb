package org.opensor.registry.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opensor.registry.index.IndexedRegistrant.IndexedAlias;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.keys.IdentityKeys;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three shapes of the indexed registrant agree: the document the indexer writes, the mapping the index is made
 * with, and the candidate payload a search reads. A field added to one and not the others fails here, not as lost
 * recall in production.
 */
class IndexContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final IndexedRegistrant EVERY_FIELD = new IndexedRegistrant(
            "7f1c",
            4,
            "SOK",
            "Sokha",
            "សុខ សុខា",
            "1970-05",
            2,
            "MALE",
            List.of("KHM"),
            List.of(
                    new IndexedAlias("CHANN", "Sokha", null, "1971"),
                    new IndexedAlias(null, null, "Sokhar Chann", null)),
            List.of("N0123456"));

    @Test
    void everyDocumentFieldIsInTheMappingAndTheMappingHasNoOther() {
        JsonNode mapping = JSON.readTree(RegistrantIndexMapping.json());

        assertThat(mapping.get("dynamic").asString())
                .as("unknown fields refused")
                .isEqualTo("strict");
        assertThat(mapping.get("properties").propertyNames())
                .containsExactlyInAnyOrderElementsOf(names(RegistrantDocument.class));
        assertThat(mapping.get("_source").get("excludes").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(RegistrantIndexMapping.KEYS, RegistrantIndexMapping.CANDIDATE);
    }

    @Test
    void everyAliasFieldIsKeptAsAWholeObject() {
        JsonNode aliases =
                JSON.readTree(RegistrantIndexMapping.json()).get("properties").get("aliases");

        // Not indexed: a property list here would have to follow IndexedAlias field by field.
        assertThat(aliases.get("enabled").asBoolean()).isFalse();
    }

    @Test
    void everyFieldASearchReadsIsADocumentField() {
        assertThat(names(RegistrantDocument.class)).containsAll(names(IndexedRegistrant.class));
    }

    @Test
    void thePayloadCarriesEveryFieldASearchReadsAndTheReaderReadsEachBack() {
        String payload = CandidatePayload.write(EVERY_FIELD);
        JsonNode written = JSON.readTree(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8));

        assertThat(written.propertyNames()).containsExactlyInAnyOrderElementsOf(names(IndexedRegistrant.class));
        // The first alias is split into parts, the second is one full name: together they use every alias field.
        assertThat(written.get("aliases")
                        .valueStream()
                        .flatMap(alias -> alias.propertyNames().stream())
                        .distinct())
                .containsExactlyInAnyOrderElementsOf(names(IndexedAlias.class));
        assertThat(CandidatePayload.read(payload)).isEqualTo(EVERY_FIELD);
    }

    @Test
    void theDocumentHoldsWhatTheSearchReadsAndTheKeysOfTheSameIdentity() {
        RegistrantDocument document = RegistrantDocument.of(EVERY_FIELD, "event-1", "2026-12-06T10:00:00Z");

        assertThat(document.indexed()).isEqualTo(EVERY_FIELD);
        assertThat(CandidatePayload.read(document.candidate())).isEqualTo(EVERY_FIELD);
        assertThat(document.keys())
                .containsExactlyInAnyOrderElementsOf(IdentityKeys.of(
                        CandidatePayload.read(document.candidate()).toIdentity()));
    }

    @Test
    void everyNameTheIndexKnowsIsANameOfTheIdentity() {
        var identity = EVERY_FIELD.toIdentity();

        assertThat(identity.aliases()).hasSize(3);
        assertThat(identity.documentNumbers()).containsExactly("N0123456");
        assertThat(identity.nationalities()).containsExactly("KHM");
    }

    @Test
    void theIdentityIsTheOneTheIdentityBuilderMakesFromTheSameFields() {
        var expected = Identity.named(PersonName.of("SOK", "Sokha"))
                .withSex(Sex.MALE)
                .withNationalities(" khm ", "THA")
                .withDocumentNumbers("N0123456", "K7")
                .bornOn(PartialDate.approximately(1970, 2))
                .withAlias(PersonName.full("សុខ សុខា"))
                .withAlias(PersonName.of("CHANN", "Sokha"), PartialDate.parse("1971"))
                .withAlias(PersonName.full("Sokhar Chann"), null);
        var registrant = new IndexedRegistrant(
                "7f1c",
                4,
                "SOK",
                "Sokha",
                "សុខ សុខា",
                "1970-05",
                2,
                "MALE",
                List.of(" khm ", "THA"),
                EVERY_FIELD.aliases(),
                List.of("N0123456", "K7"));

        assertThat(registrant.toIdentity()).isEqualTo(expected);
    }

    private static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
    }
}
