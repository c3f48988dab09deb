package org.opensor.registry.api.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a new version of a manifest changed against the one before: travellers added, removed, and changed (the
 * same person, matched by name and date of birth or else by document number, with other values).
 *
 * @param previousVersion the version compared with
 * @param added           in this version only
 * @param removed         in the previous version only
 * @param changed         in both, with the fields that differ ({@code documentNumber}, {@code nationality}, ...)
 */
public record ManifestChanges(
        int previousVersion, List<Traveller> added, List<Traveller> removed, List<Traveller> changed) {

    /**
     * A traveller of the manifest, as this version has them (the previous version's for a removed one).
     *
     * @param fields the fields that changed; empty for an added or removed traveller
     */
    public record Traveller(
            int segmentPosition,
            String role,
            String surname,
            String givenNames,
            String dateOfBirth,
            List<String> fields) {

        static Traveller of(ManifestScreening.TravellerResult t, List<String> fields) {
            return new Traveller(t.segmentPosition(), t.role(), t.surname(), t.givenNames(), t.dateOfBirth(), fields);
        }
    }

    private static final List<Field> FIELDS = List.of(
            new Field("role", ManifestScreening.TravellerResult::role),
            new Field("surname", ManifestScreening.TravellerResult::surname),
            new Field("givenNames", ManifestScreening.TravellerResult::givenNames),
            new Field("dateOfBirth", ManifestScreening.TravellerResult::dateOfBirth),
            new Field("sex", ManifestScreening.TravellerResult::sex),
            new Field("nationality", ManifestScreening.TravellerResult::nationality),
            new Field("documentNumber", ManifestScreening.TravellerResult::documentNumber),
            new Field("issuingState", ManifestScreening.TravellerResult::issuingState),
            new Field("documentExpiresOn", ManifestScreening.TravellerResult::documentExpiresOn));

    private record Field(String name, Function<ManifestScreening.TravellerResult, String> value) {}

    /** Fields a result stored before manifest versions (V60) does not hold: not compared with such a result. */
    private static final List<String> SINCE_VERSIONS = List.of("sex", "issuingState", "documentExpiresOn");

    static ManifestChanges between(
            int previousVersion,
            List<ManifestScreening.TravellerResult> before,
            List<ManifestScreening.TravellerResult> after) {
        return between(previousVersion, before, after, FIELDS);
    }

    /** Against a result stored before V60, which lacks some fields: those are not reported as changed. */
    static ManifestChanges sinceUnversioned(
            int previousVersion,
            List<ManifestScreening.TravellerResult> before,
            List<ManifestScreening.TravellerResult> after) {
        return between(
                previousVersion,
                before,
                after,
                FIELDS.stream().filter(f -> !SINCE_VERSIONS.contains(f.name())).toList());
    }

    private static ManifestChanges between(
            int previousVersion,
            List<ManifestScreening.TravellerResult> before,
            List<ManifestScreening.TravellerResult> after,
            List<Field> compared) {
        List<ManifestScreening.TravellerResult> unpaired = new ArrayList<>(before == null ? List.of() : before);
        List<Traveller> added = new ArrayList<>();
        List<Traveller> changed = new ArrayList<>();
        List<ManifestScreening.TravellerResult> unmatched = new ArrayList<>();
        // Name and birth date first, so that a corrected document number is a change and not a new traveller.
        for (ManifestScreening.TravellerResult now : after) {
            ManifestScreening.TravellerResult earlier = take(unpaired, now, ManifestChanges::personKey);
            if (earlier == null) {
                unmatched.add(now);
            } else {
                addIfChanged(earlier, now, compared, changed);
            }
        }
        for (ManifestScreening.TravellerResult now : unmatched) {
            ManifestScreening.TravellerResult earlier = take(unpaired, now, t -> t.documentNumber());
            if (earlier == null) {
                added.add(Traveller.of(now, List.of()));
            } else {
                addIfChanged(earlier, now, compared, changed);
            }
        }
        return new ManifestChanges(
                previousVersion,
                added,
                unpaired.stream().map(t -> Traveller.of(t, List.of())).toList(),
                changed);
    }

    private static void addIfChanged(
            ManifestScreening.TravellerResult earlier,
            ManifestScreening.TravellerResult now,
            List<Field> compared,
            List<Traveller> changed) {
        List<String> fields = compared.stream()
                .filter(f -> !Objects.equals(f.value().apply(earlier), f.value().apply(now)))
                .map(Field::name)
                .toList();
        if (!fields.isEmpty()) {
            changed.add(Traveller.of(now, fields));
        }
    }

    private static ManifestScreening.TravellerResult take(
            List<ManifestScreening.TravellerResult> candidates,
            ManifestScreening.TravellerResult traveller,
            Function<ManifestScreening.TravellerResult, String> key) {
        String wanted = key.apply(traveller);
        if (wanted == null) {
            return null;
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (wanted.equals(key.apply(candidates.get(i)))) {
                return candidates.remove(i);
            }
        }
        return null;
    }

    private static String personKey(ManifestScreening.TravellerResult t) {
        if (t.surname() == null && t.givenNames() == null) {
            return null;
        }
        return (Objects.toString(t.surname(), "") + "|" + Objects.toString(t.givenNames(), "") + "|"
                        + Objects.toString(t.dateOfBirth(), ""))
                .toUpperCase(Locale.ROOT);
    }
}
