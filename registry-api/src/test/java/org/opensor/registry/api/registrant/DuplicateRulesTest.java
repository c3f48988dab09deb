package org.opensor.registry.api.registrant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.registrant.DuplicateCandidate.Rule;

/** Issue 25 item 5: the duplicate check asks about a one-letter variant born the same day and the same Khmer name born the same month. */
class DuplicateRulesTest {

    private static final Identity SOKHA = new Identity(
            "SOK",
            "Sokha",
            "សុខ សុខា",
            List.of(),
            null,
            null,
            Sex.MALE,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            List.of(),
            List.of());

    @Test
    void aNameOneLetterApartIsAskedAboutOnlyWithTheSameFullDateOfBirth() {
        assertThat(rules(SOKHA, "1985-04-17", null, "sok sokhar", null, "1985-04-17"))
                .containsExactly(Rule.ONE_LETTER_AND_SAME_BIRTH);
        assertThat(rules(SOKHA, "1985-04-17", null, "sok sokhar", null, "1985-04-18"))
                .isEmpty();
        assertThat(rules(SOKHA, "1985-04", null, "sok sokhar", null, "1985-04"))
                .as("a month is not a full date")
                .isEmpty();
        assertThat(rules(SOKHA, "1985-04-17", null, "sok sokharo", null, "1985-04-17"))
                .as("two letters apart")
                .isEmpty();
    }

    @Test
    void theSameKhmerNameIsAskedAboutWithTheSameYearAndMonth() {
        String script = DuplicateRules.scriptKey(SOKHA.originalScriptName());
        assertThat(rules(SOKHA, "1985-04", script, "chan dara", "សុខសុខា", "1985-04-30"))
                .containsExactly(Rule.SAME_ORIGINAL_SCRIPT_NAME_AND_MONTH);
        assertThat(rules(SOKHA, "1985-04-02", script, "chan dara", "សុខ  សុខា", "1985-04"))
                .containsExactly(Rule.SAME_ORIGINAL_SCRIPT_NAME_AND_MONTH);
        assertThat(rules(SOKHA, "1985-04", script, "chan dara", "សុខ សុខា", "1985-05"))
                .isEmpty();
        assertThat(rules(SOKHA, "1985", script, "chan dara", "សុខ សុខា", "1985"))
                .as("a year alone is not enough")
                .isEmpty();
    }

    @Test
    void theSameNameAndBirthAndADocumentInCommonStillCount() {
        assertThat(rules(SOKHA, "1985", null, SOKHA.nameKey(), null, "1985")).containsExactly(Rule.SAME_NAME_AND_BIRTH);
        assertThat(DuplicateRules.reasons(SOKHA, null, null, "N0123", "keo vanna", "KEO Vanna", null, null))
                .extracting(DuplicateCandidate.Likeness::rule)
                .containsExactly(Rule.SAME_DOCUMENT);
    }

    private static List<Rule> rules(
            Identity mine, String myDob, String myScript, String theirNameKey, String theirScript, String theirDob) {
        return DuplicateRules.reasons(mine, myDob, myScript, null, theirNameKey, "THEIR Name", theirScript, theirDob)
                .stream()
                .map(DuplicateCandidate.Likeness::rule)
                .toList();
    }
}
