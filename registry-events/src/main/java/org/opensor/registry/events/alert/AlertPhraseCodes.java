package org.opensor.registry.events.alert;

import java.util.List;

/**
 * Every phrase code an {@link AlertIssuedV1}'s wording may carry, so a reader can be held to word each one (the
 * notification worker writes them, registry-api's console words them). A code is never reused for another meaning; a
 * new one is added here first.
 */
public final class AlertPhraseCodes {

    /** The codes of an alert's one line, {@link AlertIssuedV1.Wording#reason()}. */
    public static final List<String> REASONS = List.of(
            "travel-declared",
            "undeclared-travel",
            "travel-while-restrained",
            "custody-release",
            "foreign-national-released",
            "foreign-national-deported",
            "decree-pardon",
            "decree-reduction",
            "court-travel-ban",
            "wanted-elsewhere-release",
            "deportation-ordered",
            "deportation-overdue");

    /** The codes of the rationale's sentences, {@link AlertIssuedV1.Wording#rationale()}. */
    public static final List<String> RATIONALES = List.of(
            "travel-declared",
            "travel-leg",
            "travel-return",
            "travel-no-return",
            "travel-purpose",
            "travel-late",
            "custody",
            "travel-preventive",
            "undeclared-travel",
            "undeclared-travel-check",
            "restrained-travel",
            "release",
            "nationalities",
            "registration-continues",
            "verify-address",
            "decree-release",
            "decree-child",
            "decree-deportation-pending",
            "decree-wanted",
            "decree-border",
            "court-travel-ban",
            "wanted-request",
            "wanted-act",
            "deportation-ordered",
            "deportation-itinerary",
            "deportation-no-itinerary",
            "deportation-preventive",
            "deportation-overdue");

    private AlertPhraseCodes() {}
}
