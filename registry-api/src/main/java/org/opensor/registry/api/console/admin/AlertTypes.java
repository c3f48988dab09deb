package org.opensor.registry.api.console.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opensor.registry.notification.adminapi.AlertType;

/** The notification worker's alert types, with what each means, for the subscription form's checkboxes. */
final class AlertTypes {

    record Choice(String value, String label, String hint) {}

    /** Every type the worker knows: a type added there does not compile here until it has its words. */
    static final List<Choice> ALL =
            Arrays.stream(AlertType.values()).map(AlertTypes::choice).toList();

    /** Value → label, for showing a subscription's filter in words. */
    static final Map<String, String> LABELS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Choice::value, Choice::label));

    private AlertTypes() {}

    private static Choice choice(AlertType type) {
        return switch (type) {
            case TRAVEL_NOTICE -> new Choice(type.name(), "Travel notice", "A trip was declared or amended.");
            case UNDECLARED_TRAVEL ->
                new Choice(type.name(), "Undeclared travel", "A border hit that no declared trip covers.");
            case TRAVEL_WHILE_RESTRAINED ->
                new Choice(
                        type.name(),
                        "Travel while restrained",
                        "A border hit on someone in custody, on bail, escaped or absconded.");
            case CUSTODY_RELEASE ->
                new Choice(type.name(), "Custody release", "Released, bailed, paroled, pardoned or deported.");
            case FOREIGN_NATIONAL_RELEASE ->
                new Choice(
                        type.name(),
                        "Foreign national release",
                        "A foreign national released or deported, for the country of nationality.");
            case COURT_TRAVEL_BAN ->
                new Choice(
                        type.name(),
                        "Court travel ban",
                        "A traveller a court prohibited from leaving the country was screened at the border: stop them.");
            case WANTED_ELSEWHERE_RELEASE ->
                new Choice(
                        type.name(),
                        "Wanted elsewhere: release ahead",
                        "A release, bail, parole, pardon or deportation is about to free a person another state wants.");
            case DEPORTATION_ORDERED ->
                new Choice(
                        type.name(),
                        "Deportation ordered",
                        "A deportation was ordered, for the country of nationality and the border post of exit.");
            case DEPORTATION_OVERDUE ->
                new Choice(
                        type.name(),
                        "Deportation overdue",
                        "A deportation's due date passed with no exit seen at the border.");
        };
    }
}
