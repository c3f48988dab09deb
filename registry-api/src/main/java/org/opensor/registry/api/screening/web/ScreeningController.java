package org.opensor.registry.api.screening.web;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.Violations;
import org.opensor.registry.api.screening.Checkpoint;
import org.opensor.registry.api.screening.ManifestScreening;
import org.opensor.registry.api.screening.ScreeningSettings;
import org.opensor.registry.api.screening.TravelBanStop;
import org.opensor.registry.api.screening.TravellerRead;
import org.opensor.registry.api.screening.TravellerScreening;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.api.web.InputText;
import org.opensor.registry.matching.PartialDate;
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
     * One traveller: {@code mrz} (two or three lines), or typed fields (a surname, a given name or both: a person
     * with a single name may have it in either).
     *
     * @param nationality ISO 3166-1 alpha-3 or an ICAO 9303 code as printed on the document, e.g. {@code D}
     * @param borderPost  where the traveller stands, e.g. {@code PNH}
     * @param country     ISO 3166-1 alpha-3 code of the post's country (default {@code registry.screening.home-country})
     * @param direction   {@code ARRIVAL} or {@code DEPARTURE}
     */
    record ScreeningRequest(
            @Size(max = 200) String mrz,
            // familyName as everywhere else in the API; surname, its name before 1.0.0, still read (deprecated).
            @JsonProperty("familyName") @JsonAlias("surname") @Size(max = 100)
            String surname,

            @Size(max = 200) String givenNames,

            @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
            String dateOfBirth,

            Sex sex,
            @Size(max = 10) String nationality,
            @Size(max = 30) String documentNumber,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "PNH")
            @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be a border post or airport code")
            String borderPost,

            @Size(max = 10) String country,

            @Pattern(regexp = "ARRIVAL|DEPARTURE", message = "must be ARRIVAL or DEPARTURE")
            String direction) {}

    /**
     * What the officer sees: everything the document (or the officer) said, what the reader corrected, and the hits.
     *
     * @param singleName            one name only, screened as the family name
     * @param nationality           as printed, e.g. {@code D}
     * @param nationalityComparedAs the ISO code compared with the registry, e.g. {@code DEU}; null if none
     * @param document              type, number, issuing state, expiry and whether it has expired, optional data
     * @param warnings              OCR slips corrected and unusual values (never the document's expiry)
     */
    record ScreeningResponse(
            @Schema(deprecated = true, description = "Deprecated: read familyName.")
            String surname,

            String givenNames,
            boolean singleName,
            String dateOfBirth,
            Sex sex,
            String nationality,
            String nationalityComparedAs,
            String nationalityMeaning,
            String documentNumber,
            TravellerRead.DocumentRead document,
            List<String> warnings,
            List<IdentityHit> hits,

            @Schema(description = "Court travel bans the traveller matches: STOP the traveller (registrant or not).")
            List<TravelBanStop> travelBans) {

        /** The family name under the name the rest of the API gives it (surname stays until v2 for older clients). */
        @JsonProperty("familyName")
        public String familyName() {
            return surname;
        }
    }

    private final TravellerScreening travellers;
    private final ManifestScreening manifests;
    private final ScreeningSettings settings;
    private final Clock clock;

    ScreeningController(
            TravellerScreening travellers, ManifestScreening manifests, ScreeningSettings settings, Clock clock) {
        this.travellers = travellers;
        this.manifests = manifests;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping("/api/v1/screenings")
    ResponseEntity<ScreeningResponse> screen(@Valid @RequestBody ScreeningRequest request) {
        Violations violations = new Violations();
        if (request.borderPost() == null) {
            violations.add(
                    "borderPost",
                    "required",
                    "borderPost is required: the code of the post where the traveller stands");
        }
        String country = request.country() == null
                ? settings.homeCountry()
                : violations.check(
                        () -> CountryCode.of(request.country(), "country").code());
        TravellerRead traveller = request.mrz() != null && !request.mrz().isBlank()
                ? fromMrz(request.mrz(), violations)
                : typed(request, violations);
        violations.throwIfAny();
        Checkpoint checkpoint = new Checkpoint(
                request.borderPost(), country, request.direction() == null ? "ARRIVAL" : request.direction());
        TravellerScreening.Outcome outcome = travellers.screenWithTravelBans(traveller.identity(), checkpoint);
        return ResponseEntity.ok(new ScreeningResponse(
                traveller.surname(),
                traveller.givenNames(),
                traveller.singleName(),
                traveller.dateOfBirth(),
                traveller.sex(),
                traveller.nationality(),
                traveller.nationalityComparedAs(),
                traveller.nationalityMeaning(),
                traveller.document() == null ? null : traveller.document().number(),
                traveller.document(),
                traveller.warnings(),
                outcome.hits(),
                outcome.travelBans()));
    }

    /**
     * @param country ISO 3166-1 alpha-3 code of the screening state (default {@code registry.screening.home-country});
     *                anything else is refused with 400
     */
    @PostMapping(
            path = "/api/v1/manifests",
            consumes = {MediaType.TEXT_PLAIN_VALUE, "application/edifact"})
    ResponseEntity<ManifestScreening.ManifestResult> manifest(
            @RequestBody String edifact,
            @RequestParam(required = false) String borderPost,
            @RequestParam(required = false) String country,
            @RequestParam(required = false) String direction) {
        String refusal = InputText.refusal(edifact);
        if (refusal != null) {
            throw new RuleViolation("body", InputText.CHARACTERS_RULE, "the manifest contains " + refusal);
        }
        Violations violations = new Violations();
        String state = country == null
                ? null
                : violations.check(() -> CountryCode.of(country, "country").code());
        violations.throwIfAny();
        return ResponseEntity.ok(manifests.screen(edifact, new Checkpoint(borderPost, state, direction)));
    }

    private TravellerRead fromMrz(String mrz, Violations violations) {
        MrzReading reading = new MrzParser(clock).read(mrz);
        for (MrzFinding error : reading.errors()) {
            violations.add("mrz", "icao-9303-" + error.field().replace(' ', '-'), error.toString());
        }
        if (!reading.isValid()
                || reading.holder() == null
                || reading.holder().toIdentity().isEmpty()) {
            if (violations.isEmpty()) {
                violations.add("mrz", "icao-9303", "the MRZ could not be read");
            }
            return null;
        }
        return TravellerRead.fromMrz(reading);
    }

    private static TravellerRead typed(ScreeningRequest request, Violations violations) {
        boolean named = !blank(request.surname()) || !blank(request.givenNames());
        if (!named) {
            violations.add("surname", "name-required", "give surname, givenNames or both when no mrz is given");
        }
        String nationality = request.nationality() == null
                ? null
                : violations.check(() -> CountryCode.icao9303(request.nationality(), "nationality"));
        PartialDate born = null;
        if (request.dateOfBirth() != null) {
            born = violations.check(() -> {
                try {
                    return PartialDate.parse(request.dateOfBirth());
                } catch (IllegalArgumentException e) {
                    throw new RuleViolation(
                            "dateOfBirth", "calendar-date", "dateOfBirth is not a date in the calendar");
                }
            });
        }
        if (!named || (request.nationality() != null && nationality == null)) {
            return null;
        }
        return TravellerRead.typed(
                request.surname(), request.givenNames(), born, request.sex(), nationality, request.documentNumber());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
