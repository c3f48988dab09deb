package org.opensor.registry.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestChangesTest {

    @Test
    void travellersArePairedByNameAndBirthThenByDocument() {
        var smith = traveller(12, "SMITH", "JOHN", "1970-05-12", "GBR", "123456789");
        var chann = traveller(20, "CHANN", "SOKHA", "1980-01-01", "KHM", "N1");
        var lee = traveller(28, "LEE", "ANN", "1990-02-02", "SGP", "S7");
        var smithNewPassport = traveller(12, "SMITH", "JOHN", "1970-05-12", "GBR", "999");
        var channCorrectedName = traveller(20, "CHAN", "SOKHA", "1980-01-01", "KHM", "N1");
        var keo = traveller(28, "KEOVANNA", "RITHISAK", "1968-11-03", "KHM", "N2");

        ManifestChanges changes = ManifestChanges.between(
                1, List.of(smith, chann, lee), List.of(smithNewPassport, channCorrectedName, keo));

        assertThat(changes.previousVersion()).isEqualTo(1);
        assertThat(changes.added())
                .extracting(ManifestChanges.Traveller::surname)
                .containsExactly("KEOVANNA");
        assertThat(changes.removed())
                .extracting(ManifestChanges.Traveller::surname)
                .containsExactly("LEE");
        assertThat(changes.changed())
                .extracting(ManifestChanges.Traveller::surname, ManifestChanges.Traveller::fields)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SMITH", List.of("documentNumber")),
                        org.assertj.core.groups.Tuple.tuple("CHAN", List.of("surname")));
    }

    @Test
    void theSameTravellersInAnotherOrderChangeNothing() {
        var a = traveller(12, "SMITH", "JOHN", "1970-05-12", "GBR", "1");
        var b = traveller(20, "CHANN", "SOKHA", "1980-01-01", "KHM", "2");

        ManifestChanges changes = ManifestChanges.between(3, List.of(a, b), List.of(b, a));

        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.changed()).isEmpty();
    }

    @Test
    void aResultStoredBeforeVersionsIsNotSaidToDifferInTheFieldsItNeverHeld() {
        var legacy = new ManifestScreening.TravellerResult(
                12, "PASSENGER", "SMITH", "JOHN", "1970-05-12", null, "GBR", "1", null, null, List.of(), List.of());
        var now = traveller(12, "SMITH", "JOHN", "1970-05-12", "GBR", "1");

        assertThat(ManifestChanges.sinceUnversioned(1, List.of(legacy), List.of(now))
                        .changed())
                .isEmpty();
        assertThat(ManifestChanges.between(1, List.of(legacy), List.of(now)).changed())
                .singleElement()
                .satisfies(t -> assertThat(t.fields()).containsExactly("sex", "issuingState", "documentExpiresOn"));
    }

    @Test
    void lineEndsAndSurroundingWhitespaceDoNotMakeAnotherContent() {
        String manifest = "UNB+UNOA:4+AIR+KHM+260301:0900+R1'\nUNZ+0+R1'\n";

        assertThat(ManifestScreening.sha256(manifest.replace("\n", "\r\n")))
                .isEqualTo(ManifestScreening.sha256(manifest));
        assertThat(ManifestScreening.sha256(manifest.replace("R1'\nUNZ", "R1'\nUNZ+1")))
                .isNotEqualTo(ManifestScreening.sha256(manifest));
    }

    private static ManifestScreening.TravellerResult traveller(
            int position, String surname, String given, String born, String nationality, String document) {
        return new ManifestScreening.TravellerResult(
                position,
                "PASSENGER",
                surname,
                given,
                born,
                "MALE",
                nationality,
                document,
                nationality,
                "2030-01-01",
                List.of(),
                List.of());
    }
}
