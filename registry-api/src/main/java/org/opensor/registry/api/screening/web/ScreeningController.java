package org.opensor.registry.api.screening.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.opensor.registry.api.rules.RuleViolation;
import org.opensor.registry.api.rules.Violations;
import org.opensor.registry.api.web.InputText;
import org.opensor.registry.api.screening.Checkpoint;
import org.opensor.registry.api.screening.ManifestScreening;
import org.opensor.registry.api.screening.TravellerScreening;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.mrz.MrzFinding;
import org.opensor.registry.matching.document.mrz.MrzParser;
import org.opensor.registry.matching.document.mrz.MrzReading;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Border screening: {@code POST /api/v1/screenings} for the traveller at the desk (an MRZ as read by the
 * passport reader, or typed fields) and {@code POST /api/v1/manifests} for an airline's PAXLST manifest. Hits
 * come back at once and become border-hit events.
 */
@RestController
class ScreeningController {

    /**
     * One traveller: {@code mrz} (two or three lines), or typed fields.
     *
     * @param borderPost where the traveller stands, e.g. {@code PNH}
     * @param direction  {@code ARRIVAL} or {@code DEPARTURE}
     */
    record ScreeningRequest(@Size(max = 200) String mrz, @Size(max = 100) String surname, @Size(max = 200) String givenNames,
                            @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String dateOfBirth,
                            Sex sex, @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String nationality,
                            @Size(max = 30) String documentNumber,
                            @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be a border post or airport code") String borderPost,
                            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String country,
                            @Pattern(regexp = "ARRIVAL|DEPARTURE", message = "must be ARRIVAL or DEPARTURE") String direction) {
    }

    /** What the officer sees: who the document says, what the reader corrected, and the hits. */
    record ScreeningResponse(String surname, String givenNames, String dateOfBirth, String nationality, String documentNumber,
                             List<String> warnings, List<IdentityHit> hits) {
    }

    private final TravellerScreening travellers;
    private final ManifestScreening manifests;
    private final Clock clock;

    ScreeningController(TravellerScreening travellers, ManifestScreening manifests, Clock clock) {
        this.travellers = travellers;
        this.manifests = manifests;
        this.clock = clock;
    }

    @PostMapping("/api/v1/screenings")
    ResponseEntity<ScreeningResponse> screen(@Valid @RequestBody ScreeningRequest request) {
        Violations violations = new Violations();
        if (request.borderPost() == null) {
            violations.add("borderPost", "required", "borderPost is required: the code of the post where the traveller stands");
        }
        Traveller traveller = request.mrz() != null && !request.mrz().isBlank() ? fromMrz(request.mrz(), violations) : typed(request, violations);
        violations.throwIfAny();
        Checkpoint checkpoint = new Checkpoint(request.borderPost(), request.country() == null ? "KHM" : request.country(),
                request.direction() == null ? "ARRIVAL" : request.direction());
        List<IdentityHit> hits = travellers.screen(traveller.identity(), checkpoint);
        return ResponseEntity.ok(new ScreeningResponse(traveller.surname(), traveller.givenNames(), traveller.dateOfBirth(),
                traveller.nationality(), traveller.documentNumber(), traveller.warnings(), hits));
    }

    @PostMapping(path = "/api/v1/manifests", consumes = {MediaType.TEXT_PLAIN_VALUE, "application/edifact"})
    ResponseEntity<ManifestScreening.ManifestResult> manifest(@RequestBody String edifact,
                                                              @RequestParam(required = false) String borderPost,
                                                              @RequestParam(required = false) String country,
                                                              @RequestParam(required = false) String direction) {
        String refusal = InputText.refusal(edifact);
        if (refusal != null) {
            throw new RuleViolation("body", InputText.CHARACTERS_RULE, "the manifest contains " + refusal);
        }
        return ResponseEntity.ok(manifests.screen(edifact, new Checkpoint(borderPost, country, direction)));
    }

    private record Traveller(Identity identity, String surname, String givenNames, String dateOfBirth, String nationality,
                             String documentNumber, List<String> warnings) {
    }

    private Traveller fromMrz(String mrz, Violations violations) {
        MrzReading reading = new MrzParser(clock).read(mrz);
        for (MrzFinding error : reading.errors()) {
            violations.add("mrz", "icao-9303-" + error.field().replace(' ', '-'), error.toString());
        }
        if (!reading.isValid() || reading.holder() == null || reading.holder().toIdentity().isEmpty()) {
            if (violations.isEmpty()) {
                violations.add("mrz", "icao-9303", "the MRZ could not be read");
            }
            return null;
        }
        var holder = reading.holder();
        return new Traveller(holder.toIdentity().orElseThrow(), holder.surname(), holder.givenNamesJoined(),
                holder.dateOfBirth() == null ? null : holder.dateOfBirth().toString(), holder.nationality(),
                holder.primaryDocument().map(d -> d.number()).orElse(null),
                reading.warnings().stream().map(MrzFinding::toString).toList());
    }

    private static Traveller typed(ScreeningRequest request, Violations violations) {
        if (request.surname() == null || request.surname().isBlank()) {
            violations.add("surname", "required", "surname is required when no mrz is given");
            return null;
        }
        Identity identity = Identity.named(PersonName.of(request.surname(), request.givenNames() == null ? "" : request.givenNames()));
        if (request.dateOfBirth() != null) {
            try {
                identity = identity.bornOn(PartialDate.parse(request.dateOfBirth()));
            } catch (IllegalArgumentException e) {
                violations.add("dateOfBirth", "calendar-date", "dateOfBirth is not a date in the calendar");
                return null;
            }
        }
        if (request.sex() != null) {
            identity = identity.withSex(request.sex());
        }
        if (request.nationality() != null) {
            identity = identity.withNationalities(request.nationality());
        }
        if (request.documentNumber() != null) {
            identity = identity.withDocumentNumbers(request.documentNumber());
        }
        return new Traveller(identity, request.surname(), request.givenNames(), request.dateOfBirth(), request.nationality(),
                request.documentNumber(), new ArrayList<>());
    }
}
