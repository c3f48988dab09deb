package org.opensor.registry.api.console.alert;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.opensor.registry.api.alert.Alert;
import org.opensor.registry.api.alert.AlertState;
import org.opensor.registry.api.console.language.ConsoleDates;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.photo.PhotoService;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds inbox rows: the alert with its subject's identity and documents, times in the registry's own zone written
 * as the reader's language writes them, the alert's type, reason, rationale and the document kinds in that language
 * too (the reason and rationale from their codes, {@link AlertWords}).
 */
@Component
class AlertRows {

    /** The alert types the notification worker issues; their words are {@code alert.type.<TYPE>} in the bundles. */
    static final List<String> TYPES = List.of(
            "TRAVEL_NOTICE",
            "UNDECLARED_TRAVEL",
            "TRAVEL_WHILE_RESTRAINED",
            "CUSTODY_RELEASE",
            "FOREIGN_NATIONAL_RELEASE",
            "COURT_TRAVEL_BAN",
            "WANTED_ELSEWHERE_RELEASE",
            "DEPORTATION_ORDERED",
            "DEPORTATION_OVERDUE");

    private final RegistrantService registrants;
    private final PhotoService photos;
    private final Clock clock;
    private final ConsoleDates dates;
    private final ConsoleText text;
    private final AlertWords words;

    AlertRows(
            RegistrantService registrants,
            Clock clock,
            ConsoleDates dates,
            ConsoleText text,
            PhotoService photos,
            AlertWords words) {
        this.photos = photos;
        this.words = words;
        this.registrants = registrants;
        this.clock = clock;
        this.dates = dates;
        this.text = text;
    }

    /** The newest photo of each shown alert's subject, by registrant id as text (none for a record not shown by name). */
    java.util.Map<String, String> thumbnails(java.util.List<AlertRow> rows) {
        return photos.thumbnailsByText(rows.stream()
                .filter(r -> r.subjectName() != null)
                .map(AlertRow::registrantId)
                .toList());
    }

    /** The row in the request's language. */
    AlertRow of(Alert a) {
        return of(a, LocaleContextHolder.getLocale());
    }

    /** The row in {@code locale}: the live stream writes each browser's rows in the language its page was opened in. */
    AlertRow of(Alert a, Locale locale) {
        var identity = registrants.find(new RegistrantId(a.registrantId())).map(r -> r.identity());
        boolean overdue = a.state() != AlertState.ACKNOWLEDGED
                && a.acknowledgeBy() != null
                && clock.instant().isAfter(a.acknowledgeBy());
        AlertWords.Worded worded = words.of(a.wording(), locale);
        return new AlertRow(
                a.id(),
                a.type(),
                typeLabel(a.type(), locale),
                a.severity(),
                a.state().name(),
                worded == null ? a.reason() : worded.reason(),
                worded == null ? a.rationale() : worded.rationale(),
                a.recipients(),
                a.registrantId(),
                identity.map(AlertRows::name).orElse(null),
                identity.map(Identity::originalScriptName).orElse(null),
                identity.map(i ->
                                i.dateOfBirth() == null ? null : i.dateOfBirth().toString())
                        .orElse(null),
                identity.map(i -> documents(i, locale)).orElse(List.of()),
                dates.dateTime(a.issuedAt(), locale),
                dates.dateTime(a.acknowledgeBy(), locale),
                overdue,
                a.acknowledgedBy(),
                dates.dateTime(a.acknowledgedAt(), locale),
                a.acknowledgementNote(),
                dates.iso(a.acknowledgeBy()),
                worded == null);
    }

    /** The zone's name for the column headers, e.g. "Indochina Time". */
    String zoneName() {
        return dates.zoneName();
    }

    /** The type's words, or the code itself for a type this version does not know yet. */
    String typeLabel(String type, Locale locale) {
        try {
            return text.get(locale, "alert.type." + type);
        } catch (org.springframework.context.NoSuchMessageException e) {
            return type;
        }
    }

    private static String name(Identity i) {
        return i.givenNames().isBlank() ? i.familyName() : i.familyName() + " " + i.givenNames();
    }

    private List<String> documents(Identity i, Locale locale) {
        return i.documents().stream()
                .map(d -> documentKind(d.type().name(), locale) + " " + d.number()
                        + (d.issuingState() == null
                                ? ""
                                : " (" + d.issuingState().code() + ")"))
                .toList();
    }

    private String documentKind(String constant, Locale locale) {
        try {
            // the bundles word every document type as enum.<TYPE> (MessageBundlesTest holds them to it)
            return text.get(locale, "enum." + constant);
        } catch (org.springframework.context.NoSuchMessageException e) {
            String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }
}
