package org.opensor.registry.api.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.refusal.RuleViolations;

class BeneficiaryListParserTest {

    @Test
    void readsACsvWithAHeaderKhmerNamesAndKhmerDigits() {
        List<BeneficiaryLine> lines = BeneficiaryListParser.parse("""
                name,date of birth,document
                សុខ សុខា,១៩៧១-០៣-០២,PS-2013/0042
                "CHAN, Dara",02/01/1980,
                Keo Sovann
                """, "beneficiaryList");

        assertThat(lines)
                .containsExactly(
                        new BeneficiaryLine(1, "សុខ សុខា", "1971-03-02", "PS-2013/0042"),
                        new BeneficiaryLine(2, "CHAN, Dara", "1980-01-02", null),
                        new BeneficiaryLine(3, "Keo Sovann", null, null));
    }

    @Test
    void readsPlainTextWithTrailingDateAndDocumentNumber() {
        List<BeneficiaryLine> lines = BeneficiaryListParser.parse("""
                SOK Sokha 1971-03 N1234567
                # a comment the clerk left
                ហេង ពិសី

                Smith John 1965
                """, "beneficiaryList");

        assertThat(lines)
                .containsExactly(
                        new BeneficiaryLine(1, "SOK Sokha", "1971-03", "N1234567"),
                        new BeneficiaryLine(2, "ហេង ពិសី", null, null),
                        new BeneficiaryLine(3, "Smith John", "1965", null));
    }

    @Test
    void reportsEveryBadLineNamingTheLineAndTheRule() {
        assertThatThrownBy(() -> BeneficiaryListParser.parse("""
                SOK Sokha;1971-13-02
                ;1980
                """, "beneficiaryList"))
                .isInstanceOfSatisfying(
                        RuleViolations.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + " " + v.rule())
                                .containsExactly(
                                        "beneficiaryList[line 1].dateOfBirth partial-date",
                                        "beneficiaryList[line 2].name required"));
    }

    @Test
    void refusesAnEmptyList() {
        assertThatThrownBy(() -> BeneficiaryListParser.parse("\n# nobody\n", "beneficiaryList"))
                .isInstanceOfSatisfying(
                        RuleViolations.class,
                        e -> assertThat(e.violations().getFirst().rule()).isEqualTo("at-least-one-line"));
    }
}
