package org.opensor.registry.api.console.screening;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.photo.PhotoService;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.screening.TravellerRead;
import org.opensor.registry.api.screening.TravellerScreening;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.api.security.CurrentUnit;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PartialDate;
import org.opensor.registry.matching.Sex;
import org.opensor.registry.matching.document.mrz.MrzParser;
import org.opensor.registry.matching.document.mrz.MrzReading;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /console/screenings}: the traveller at the desk, by MRZ or typed fields, as {@code POST /api/v1/screenings}
 * does it. An MRZ that fails a check is shown field by field with what failed and is not screened (the API refuses
 * it too): the officer looks at the document again or types the fields.
 */
@Controller
class TravellerScreeningPage {

    private final TravellerScreening screening;
    private final Validator validator;
    private final Clock clock;
    private final PhotoService photos;

    private final CurrentUnit currentUnit;
    private final MessageSource messages;

    TravellerScreeningPage(
            TravellerScreening screening,
            Validator validator,
            Clock clock,
            CurrentUnit currentUnit,
            PhotoService photos,
            MessageSource messages) {
        this.currentUnit = currentUnit;
        this.messages = messages;
        this.photos = photos;
        this.screening = screening;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/console/screenings")
    String form(HttpSession session, Authentication officer, Model model) {
        model.addAttribute(
                "form",
                TravellerForm.empty(
                        Checkpoints.of(session, currentUnit.of(officer).orElse(null))));
        model.addAttribute("errors", Map.of());
        return "console/screening";
    }

    @PostMapping("/console/screenings")
    String screen(@ModelAttribute TravellerForm form, HttpSession session, Model model) {
        Map<String, String> errors = constraintErrors(form);
        if (form.borderPost() == null) {
            errors.putIfAbsent(
                    "borderPost",
                    ConsoleText.first(
                            "borderPost is required: the code of the post where the traveller stands",
                            null,
                            "error.borderPost.required"));
        }
        if (!form.hasMrz() && form.surname() == null && form.givenNames() == null) {
            errors.putIfAbsent(
                    "surname",
                    ConsoleText.first(
                            "give surname, givenNames or both when no mrz is given", null, "error.surname.nameOrMrz"));
        }
        checkCodes(form, errors);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            return "console/screening";
        }
        Checkpoints.keep(session, form.borderPost(), form.country(), form.direction());
        Identity traveller;
        if (form.hasMrz()) {
            MrzReading reading = new MrzParser(clock).read(form.mrzText());
            MrzView mrz = MrzView.of(reading, messages, LocaleContextHolder.getLocale());
            model.addAttribute("mrz", mrz);
            if (!reading.isValid()
                    || reading.holder() == null
                    || reading.holder().toIdentity().isEmpty()) {
                errors.put(
                        "mrz",
                        mrz.failures().isEmpty()
                                ? ConsoleText.first("the MRZ could not be read", null, "error.mrz.unreadable")
                                : ConsoleText.first(
                                        "The MRZ failed " + mrz.failures().size() + " checks",
                                        new Object[] {mrz.failures().size()},
                                        "error.mrz.failedChecks"));
                return "console/screening";
            }
            TravellerRead read = TravellerRead.fromMrz(reading);
            traveller = read.identity();
            model.addAttribute("screenedName", displayName(read));
            model.addAttribute(
                    "documentExpired", Boolean.TRUE.equals(read.document().expired()));
        } else {
            TravellerRead read = TravellerRead.typed(
                    form.surname(),
                    form.givenNames(),
                    form.dateOfBirth() == null ? null : PartialDate.parse(form.dateOfBirth()),
                    form.sex() == null ? null : Sex.valueOf(form.sex()),
                    form.nationality(),
                    form.documentNumber());
            traveller = read.identity();
            model.addAttribute("screenedName", displayName(read));
        }
        List<IdentityHit> hits = screening.screen(
                traveller,
                new Checkpoints.Remembered(form.borderPost(), form.country(), form.direction()).checkpoint());
        model.addAttribute(
                "hits",
                hits.stream()
                        .sorted(Comparator.comparing(IdentityHit::score).reversed())
                        .toList());
        // The face beside each hit the officer may see; a withheld (restricted) hit shows none.
        model.addAttribute(
                "thumbnails",
                photos.thumbnailsByText(hits.stream()
                        .filter(h -> h.withheld() == null)
                        .map(IdentityHit::registrantId)
                        .toList()));
        model.addAttribute("screened", true);
        // Ready for the next traveller: the reader's next scan must not land after this one's lines.
        model.addAttribute("form", TravellerForm.empty(Checkpoints.of(session)));
        return "console/screening";
    }

    /** Bean Validation's findings in the officer's words (ConsoleForms), every field in one round. */
    private Map<String, String> constraintErrors(TravellerForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : List.of(
                "mrz",
                "surname",
                "givenNames",
                "dateOfBirth",
                "sex",
                "nationality",
                "documentNumber",
                "borderPost",
                "country",
                "direction")) {
            for (ConstraintViolation<TravellerForm> v : validator.validateProperty(form, field)) {
                errors.putIfAbsent(field, ConsoleForms.words(v));
            }
        }
        if (form.dateOfBirth() != null && !errors.containsKey("dateOfBirth")) {
            try {
                PartialDate.parse(form.dateOfBirth());
            } catch (IllegalArgumentException e) {
                errors.put(
                        "dateOfBirth",
                        ConsoleForms.words(
                                new RuleViolation("dateOfBirth", "calendar-date", "dateOfBirth is not a date")));
            }
        }
        return errors;
    }

    /** The codes against identity-matching's one list, with the API's words. */
    private static void checkCodes(TravellerForm form, Map<String, String> errors) {
        try {
            if (form.nationality() != null) {
                CountryCode.icao9303(form.nationality(), "nationality");
            }
        } catch (RuleViolation e) {
            errors.putIfAbsent("nationality", ConsoleForms.words(e));
        }
        try {
            if (form.country() != null) {
                CountryCode.of(form.country(), "country");
            }
        } catch (RuleViolation e) {
            errors.putIfAbsent("country", ConsoleForms.words(e));
        }
    }

    /** Family name first as on the document; a single name alone. */
    private static String displayName(TravellerRead read) {
        if (read.surname() == null) {
            return read.givenNames();
        }
        return read.givenNames() == null ? read.surname() : read.surname() + ", " + read.givenNames();
    }
}
