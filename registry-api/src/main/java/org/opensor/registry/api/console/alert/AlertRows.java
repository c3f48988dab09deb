package org.opensor.registry.api.console.alert;

import org.opensor.registry.api.photo.PhotoService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.api.alert.Alert;
import org.opensor.registry.api.alert.AlertState;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.stereotype.Component;

/** Builds inbox rows: the alert with its subject's identity and documents, times in the registry's own zone. */
@Component
class AlertRows {

    /** The alert types the notification worker issues, in words. */
    static final Map<String, String> TYPES = Map.of(
            "TRAVEL_NOTICE", "Declared travel",
            "UNDECLARED_TRAVEL", "Undeclared travel",
            "TRAVEL_WHILE_RESTRAINED", "Travel while in custody or on bail",
            "CUSTODY_RELEASE", "Release from custody",
            "FOREIGN_NATIONAL_RELEASE", "Foreign national released");

    private final RegistrantService registrants;
    private final PhotoService photos;
    private final Clock clock;
    private final DateTimeFormatter time;

    AlertRows(RegistrantService registrants, Clock clock, SecuritySettings settings, PhotoService photos) {
        this.photos = photos;
        this.registrants = registrants;
        this.clock = clock;
        ZoneId zone = settings.zone();
        this.time = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH).withZone(zone);
    }

    /** The newest photo of each shown alert's subject, by registrant id as text (none for a record not shown by name). */
    java.util.Map<String, String> thumbnails(java.util.List<AlertRow> rows) {
        return photos.thumbnailsByText(rows.stream().filter(r -> r.subjectName() != null).map(AlertRow::registrantId).toList());
    }

    AlertRow of(Alert a) {
        var identity = registrants.find(new RegistrantId(a.registrantId())).map(r -> r.identity());
        boolean overdue = a.state() != AlertState.ACKNOWLEDGED && a.acknowledgeBy() != null && clock.instant().isAfter(a.acknowledgeBy());
        return new AlertRow(a.id(), a.type(), TYPES.getOrDefault(a.type(), a.type()), a.severity(), a.state().name(), a.reason(),
                a.rationale(), a.recipients(), a.registrantId(),
                identity.map(AlertRows::name).orElse(null), identity.map(Identity::originalScriptName).orElse(null),
                identity.map(i -> i.dateOfBirth() == null ? null : i.dateOfBirth().toString()).orElse(null),
                identity.map(AlertRows::documents).orElse(List.of()),
                format(a.issuedAt()), format(a.acknowledgeBy()), overdue,
                a.acknowledgedBy(), format(a.acknowledgedAt()), a.acknowledgementNote());
    }

    /** The zone's name for the column headers, e.g. "Indochina Time". */
    String zoneName() {
        return time.getZone().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    private String format(Instant at) {
        return at == null ? null : time.format(at);
    }

    private static String name(Identity i) {
        return i.givenNames().isBlank() ? i.familyName() : i.familyName() + " " + i.givenNames();
    }

    private static List<String> documents(Identity i) {
        return i.documents().stream().map(d -> words(d.type().name()) + " " + d.number()
                + (d.issuingState() == null ? "" : " (" + d.issuingState().code() + ")")).toList();
    }

    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
