package org.opensor.registry.api.alert.web;

import java.util.List;
import org.opensor.registry.api.alert.Alert;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.springframework.stereotype.Component;

/** Builds the officer's view of an alert: the alert and the subject's identity and documents, nothing more. */
@Component
class AlertViews {

    private final RegistrantService registrants;

    AlertViews(RegistrantService registrants) {
        this.registrants = registrants;
    }

    AlertResponse of(Alert a) {
        AlertResponse.Subject subject = registrants
                .find(new RegistrantId(a.registrantId()))
                .map(r -> subject(a, r.identity()))
                .orElseGet(() -> new AlertResponse.Subject(
                        a.registrantId(), false, null, null, null, null, null, List.of(), List.of()));
        return new AlertResponse(
                a.id(),
                a.type(),
                a.severity(),
                a.state().name(),
                a.recipients(),
                a.reason(),
                a.rationale(),
                a.acknowledgeBy(),
                a.issuedAt(),
                a.escalatedAt(),
                a.acknowledgedBy(),
                a.acknowledgedAt(),
                a.acknowledgementNote(),
                subject);
    }

    private static AlertResponse.Subject subject(Alert a, Identity i) {
        return new AlertResponse.Subject(
                a.registrantId(),
                true,
                i.familyName(),
                i.givenNames(),
                i.originalScriptName(),
                i.dateOfBirth() == null ? null : i.dateOfBirth().toString(),
                i.sex().name(),
                i.nationalities().stream().map(c -> c.code()).toList(),
                i.documents().stream()
                        .map(d -> new AlertResponse.Document(
                                d.type().name(),
                                d.number(),
                                d.issuingState() == null
                                        ? null
                                        : d.issuingState().code(),
                                d.expiresOn()))
                        .toList());
    }
}
