package org.opensor.registry.api.registrant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.matching.normalize.NameNormalizer;

/**
 * Who a registrant is: names in Latin letters (family and given apart) and in the original script, aliases,
 * birth, sex, nationalities, documents, contacts, description and references to photos and biometrics.
 *
 * @param dateOfBirthPlusMinusYears when the date of birth is approximate, how many years it may be off either way; else null
 */
public record Identity(
        String familyName,
        String givenNames,
        String originalScriptName,
        List<Alias> aliases,
        PartialDate dateOfBirth,
        Integer dateOfBirthPlusMinusYears,
        Sex sex,
        String placeOfBirth,
        List<CountryCode> nationalities,
        List<IdentityDocument> documents,
        List<String> phoneNumbers,
        List<String> internetIdentifiers,
        PhysicalDescription physicalDescription,
        List<String> photoReferences,
        List<String> biometricReferences) {

    public Identity {
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(sex, "sex");
        givenNames = givenNames == null ? "" : givenNames;
        aliases = copy(aliases);
        nationalities = copy(nationalities).stream().distinct().toList();
        documents = copy(documents);
        phoneNumbers = copy(phoneNumbers);
        internetIdentifiers = copy(internetIdentifiers);
        photoReferences = copy(photoReferences);
        biometricReferences = copy(biometricReferences);
        if (dateOfBirthPlusMinusYears != null && dateOfBirth == null) {
            throw new InvalidRegistrantData(
                    "dateOfBirthPlusMinusYears",
                    "needs-date-of-birth",
                    "an approximate date of birth needs dateOfBirth (the middle year)");
        }
        if (dateOfBirthPlusMinusYears != null && (dateOfBirthPlusMinusYears < 1 || dateOfBirthPlusMinusYears > 20)) {
            throw new InvalidRegistrantData(
                    "dateOfBirthPlusMinusYears", "range-1-20", "dateOfBirthPlusMinusYears must be between 1 and 20");
        }
    }

    /** A Latin-letter name with nothing else known. */
    public static Identity named(String familyName, String givenNames, Sex sex) {
        return new Identity(
                familyName,
                givenNames,
                null,
                List.of(),
                null,
                null,
                sex,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());
    }

    /**
     * The name as compared for duplicates: normalized words in any order ({@code "Sok  Sokha"} and {@code "SOKHA sok"}
     * give the same key).
     */
    public String nameKey() {
        return String.join(
                " ", new TreeSet<>(NameNormalizer.words(NameNormalizer.normalize(familyName + " " + givenNames))));
    }

    /** Document numbers as compared for duplicates. */
    public List<String> documentKeys() {
        return documents.stream()
                .map(IdentityDocument::normalizedNumber)
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList();
    }

    /** Field by field, what differs from {@code before}: the history shows both values. */
    public List<FieldChange> differencesFrom(Identity before) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "familyName", before, Identity::familyName);
        compare(changes, "givenNames", before, Identity::givenNames);
        compare(changes, "originalScriptName", before, Identity::originalScriptName);
        compare(changes, "aliases", before, Identity::aliases);
        compare(changes, "dateOfBirth", before, Identity::dateOfBirth);
        compare(changes, "dateOfBirthPlusMinusYears", before, Identity::dateOfBirthPlusMinusYears);
        compare(changes, "sex", before, Identity::sex);
        compare(changes, "placeOfBirth", before, Identity::placeOfBirth);
        compare(changes, "nationalities", before, Identity::nationalities);
        compare(changes, "documents", before, Identity::documents);
        compare(changes, "phoneNumbers", before, Identity::phoneNumbers);
        compare(changes, "internetIdentifiers", before, Identity::internetIdentifiers);
        compare(changes, "physicalDescription", before, Identity::physicalDescription);
        compare(changes, "photoReferences", before, Identity::photoReferences);
        compare(changes, "biometricReferences", before, Identity::biometricReferences);
        return changes;
    }

    private void compare(List<FieldChange> changes, String field, Identity before, Function<Identity, Object> value) {
        Object old = before == null ? null : value.apply(before);
        Object now = value.apply(this);
        if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, text(old), text(now)));
        }
    }

    private static String text(Object value) {
        if (value == null || (value instanceof List<?> list && list.isEmpty()) || "".equals(value)) {
            return null;
        }
        return value instanceof List<?> list
                ? String.join("; ", list.stream().map(String::valueOf).toList())
                : value.toString();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
