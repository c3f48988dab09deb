package org.opensor.registry.api.console.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The notification worker's alert types, with what each means, for the subscription form's checkboxes. */
final class AlertTypes {

    record Choice(String value, String label, String hint) {
    }

    static final List<Choice> ALL = List.of(
            new Choice("TRAVEL_NOTICE", "Travel notice", "A trip was declared or amended."),
            new Choice("UNDECLARED_TRAVEL", "Undeclared travel", "A border hit that no declared trip covers."),
            new Choice("TRAVEL_WHILE_RESTRAINED", "Travel while restrained",
                    "A border hit on someone in custody, on bail, escaped or absconded."),
            new Choice("CUSTODY_RELEASE", "Custody release", "Released, bailed, paroled, pardoned or deported."),
            new Choice("FOREIGN_NATIONAL_RELEASE", "Foreign national release",
                    "A foreign national released or deported, for the country of nationality."));

    /** Value → label, for showing a subscription's filter in words. */
    static final Map<String, String> LABELS = ALL.stream().collect(Collectors.toUnmodifiableMap(Choice::value, Choice::label));

    private AlertTypes() {
    }
}
