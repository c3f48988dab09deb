package org.opensor.registry.matching.document.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.mrz.MrzReading;

/**
 * Compares one reading with the fields the cheminfo/mrz tests expect, in that library's vocabulary. Differences
 * that come from that library rejecting the specimen state code UTO (which ICAO 9303 defines) are kept apart.
 */
final class MrzCaseCheck {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    final List<String> differences = new ArrayList<>();
    final List<String> expectedDifferences = new ArrayList<>();

    MrzCaseCheck(MrzReading reading, String expectedFormat, Boolean expectedValid, Map<String, String> expected) {
        if (expectedFormat != null && !expectedFormat.equals(String.valueOf(reading.format()))) {
            differences.add("format: expected " + expectedFormat + ", got " + reading.format());
        }
        boolean specimen = reading.lines().stream().anyMatch(line -> line.contains("UTO"));
        if (expectedValid != null && expectedValid != reading.isValid()) {
            String text = "valid: expected " + expectedValid + ", got " + reading.isValid() + " " + reading.errors();
            (specimen && !expectedValid ? expectedDifferences : differences).add(text);
        }
        expected.forEach((field, value) -> compare(reading, field, value, specimen));
    }

    boolean passed() {
        return differences.isEmpty();
    }

    private void compare(MrzReading reading, String field, String expectedValue, boolean specimen) {
        if (field.endsWith("CheckDigit")) {
            return; // check digits are verified, not returned as values
        }
        String actual = actual(reading, field);
        if (Objects.equals(expectedValue, actual)) {
            return;
        }
        String text = field + ": expected " + expectedValue + ", got " + actual;
        boolean rejectedState = specimen && expectedValue == null && "UTO".equals(actual);
        (rejectedState ? expectedDifferences : differences).add(text);
    }

    private static String actual(MrzReading reading, String field) {
        return switch (field) {
            case "documentCode" -> reading.documentCode();
            case "issuingState" -> reading.document().issuingState();
            case "nationality" -> reading.holder().nationality();
            case "documentNumber" -> reading.document().number();
            case "birthDate" -> yymmdd(reading.holder().dateOfBirth());
            case "expirationDate" ->
                reading.document().expiry() == null
                        ? null
                        : reading.document().expiry().format(YYMMDD);
            case "sex" -> sex(reading.holder().sex());
            case "lastName" -> reading.holder().surname();
            case "firstName" -> reading.holder().givenNamesJoined();
            case "optional1", "optional", "personalNumber" -> reading.optionalData1();
            case "optional2" -> reading.optionalData2();
            default -> "(field not compared)";
        };
    }

    private static String yymmdd(PartialDate date) {
        return date == null || !date.hasDay()
                ? null
                : LocalDate.of(date.year(), date.month(), date.day()).format(YYMMDD);
    }

    private static String sex(Sex sex) {
        return switch (sex) {
            case MALE -> "male";
            case FEMALE -> "female";
            case OTHER, UNKNOWN -> "nonspecified";
        };
    }
}
