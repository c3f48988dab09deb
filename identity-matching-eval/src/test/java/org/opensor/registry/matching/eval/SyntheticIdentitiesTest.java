package org.opensor.registry.matching.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.keys.DocumentNumbers;
import org.opensor.registry.matching.normalize.NameNormalizer;

class SyntheticIdentitiesTest {

    private static final SyntheticIdentities.Dataset DATA = SyntheticIdentities.generate(600, 42);

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        assertThat(SyntheticIdentities.generate(600, 42)).isEqualTo(DATA);
        assertThat(SyntheticIdentities.generate(600, 43)).isNotEqualTo(DATA);
    }

    @Test
    void producesTheRequestedRegistryWithUniqueIdsAndLabelledQueries() {
        assertThat(DATA.registry()).hasSize(600);
        Set<String> ids =
                DATA.registry().stream().map(SyntheticIdentities.Registrant::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(600);
        assertThat(DATA.queries())
                .allSatisfy(q -> assertThat(q.expectedId() == null || ids.contains(q.expectedId()))
                        .isTrue());
        assertThat(DATA.queries()).anyMatch(q -> q.expectedId() == null);
    }

    @Test
    void containsEveryVariantItClaims() {
        Set<String> seen = new HashSet<>();
        DATA.queries().forEach(q -> seen.addAll(q.variants()));

        assertThat(seen)
                .contains(
                        "khmer",
                        "thai",
                        "chinese",
                        "vietnamese",
                        "english",
                        "khmer-script",
                        "thai-script",
                        "other-family-spelling",
                        "other-given-spelling",
                        "order-family-first",
                        "order-given-first",
                        "family-and-given-swapped",
                        "middle-name-dropped",
                        "diacritics-dropped",
                        "typing-slip",
                        "dob-missing",
                        "dob-year-only",
                        "dob-year-month",
                        "dob-day-month-swapped",
                        "dob-approximate",
                        "dob-exact",
                        "document-exact",
                        "document-ocr-slip",
                        "not-in-registry");
    }

    @Test
    void scriptQueriesAreWrittenInKhmerOrThaiScript() {
        List<SyntheticIdentities.LabelledQuery> script = DATA.queries().stream()
                .filter(q ->
                        q.variants().contains("khmer-script") || q.variants().contains("thai-script"))
                .toList();

        assertThat(script)
                .isNotEmpty()
                .allSatisfy(q -> assertThat(
                                NameNormalizer.isNonLatinScript(q.query().name().family()))
                        .isTrue());
    }

    @Test
    void ocrSlipQueriesDifferFromTheRecordByOneConfusionOnly() {
        Map<String, Identity> registry = DATA.registry().stream()
                .collect(
                        Collectors.toMap(SyntheticIdentities.Registrant::id, SyntheticIdentities.Registrant::identity));
        List<SyntheticIdentities.LabelledQuery> slips = DATA.queries().stream()
                .filter(q -> q.variants().contains("document-ocr-slip"))
                .toList();

        assertThat(slips).isNotEmpty().allSatisfy(q -> {
            String asRead = q.query().documentNumbers().iterator().next();
            String recorded =
                    registry.get(q.expectedId()).documentNumbers().iterator().next();
            assertThat(DocumentNumbers.ocrTolerant(asRead)).isEqualTo(DocumentNumbers.ocrTolerant(recorded));
        });
    }

    @Test
    void holdsHardNegativesWithTheSameNameAndAnotherDateOfBirth() {
        Map<Object, List<Identity>> byName = DATA.registry().stream()
                .map(SyntheticIdentities.Registrant::identity)
                .collect(Collectors.groupingBy(Identity::name));

        assertThat(byName.values())
                .anyMatch(same -> same.size() > 1
                        && same.stream()
                                        .map(i -> i.dateOfBirth().year())
                                        .distinct()
                                        .count()
                                > 1);
    }

    @Test
    void romanizationVariantsAreTheKhmerSpellingVariants() {
        assertThat(SyntheticIdentities.romanizationVariants("Chan")).contains("Chann", "Chhan");
        assertThat(SyntheticIdentities.romanizationVariants("Dara")).contains("Darah");
        assertThat(SyntheticIdentities.romanizationVariants("Sopheap"))
                .contains("Sopeap", "Sopheap".replaceFirst("ea", "ia"));
    }

    @Test
    void ocrSlipAndTypingSlipChangeExactlyOnePlace() {
        SplittableRandom random = new SplittableRandom(1);
        String slip = SyntheticIdentities.ocrSlip("N01234567", random);
        assertThat(slip).isNotEqualTo("N01234567");
        assertThat(DocumentNumbers.ocrTolerant(slip)).isEqualTo("N01234567");

        String typo = SyntheticIdentities.typingSlip("Sokha", random);
        assertThat(typo).isNotEqualTo("Sokha").hasSize(5);
        assertThat(typo.chars().sorted().toArray())
                .isEqualTo("Sokha".chars().sorted().toArray());
    }
}
