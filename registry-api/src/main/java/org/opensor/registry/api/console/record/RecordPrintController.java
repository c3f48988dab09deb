package org.opensor.registry.api.console.record;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.opensor.registry.api.console.ConsolePurpose;
import org.opensor.registry.api.photo.PhotoService;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.web.BorderIdentityView;
import org.opensor.registry.api.registrant.web.RegistrantResponse;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A record for court files and foreign liaison: a page laid out for printing and a PDF, both with the purpose in
 * force and who printed it on every page. Each is a read of the record (the same permission as
 * {@code GET /api/v1/registrants/{id}}), audited with that purpose; a border officer gets the identity part only.
 */
@Controller
class RecordPrintController {

    private final RegistrantService service;
    private final RegistrantWebMapper mapper;
    private final PhotoService photos;
    private final MessageSource messages;
    private final Labels labels;
    private final Clock clock;

    RecordPrintController(
            RegistrantService service,
            RegistrantWebMapper mapper,
            PhotoService photos,
            MessageSource messages,
            Labels labels,
            Clock clock) {
        this.service = service;
        this.mapper = mapper;
        this.photos = photos;
        this.messages = messages;
        this.labels = labels;
        this.clock = clock;
    }

    @GetMapping("/console/registrants/{id}/print")
    String print(@PathVariable String id, Authentication caller, HttpServletRequest http, Model model, Locale locale) {
        Registrant registrant = RecordIds.load(service, id);
        RegistrantResponse full = mapper.toResponse(registrant);
        boolean borderOnly = BorderIdentityView.isBorderOnly(caller);
        model.addAttribute("id", registrant.id().value());
        model.addAttribute("identity", full);
        model.addAttribute("record", borderOnly ? null : full);
        model.addAttribute("photos", photos.of(registrant.id().value()));
        model.addAttribute("printPurpose", ConsolePurpose.kept(http).orElse(""));
        model.addAttribute("printedBy", caller.getName());
        model.addAttribute("printedRole", roleLabel(caller, locale));
        model.addAttribute("printedAt", labels.when(clock.instant()));
        return "console/record/print";
    }

    @GetMapping("/console/registrants/{id}/record.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication caller, HttpServletRequest http, Locale locale) {
        Registrant registrant = RecordIds.load(service, id);
        RegistrantResponse full = mapper.toResponse(registrant);
        RecordPdf.Stamp stamp = new RecordPdf.Stamp(
                messages.getMessage("record.print.confidential", null, locale),
                messages.getMessage(
                        "record.print.purpose",
                        new Object[] {ConsolePurpose.kept(http).orElse("")},
                        locale),
                messages.getMessage(
                        "record.print.printedBy",
                        new Object[] {caller.getName(), roleLabel(caller, locale), labels.when(clock.instant())},
                        locale),
                messages.getMessage("record.print.page", new Object[] {"{0}", "{1}"}, locale));
        byte[] pdf = new RecordPdf(messages, locale, labels)
                .write(
                        full,
                        BorderIdentityView.isBorderOnly(caller),
                        stamp,
                        photos.of(registrant.id().value()).stream()
                                .map(p -> photos.image(registrant.id().value(), p.id()))
                                .toList());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("registrant-" + registrant.id().value() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** The role as the page header names it ({@code role.<ROLE>}), in the reader's language: "Court clerk". */
    String roleLabel(Authentication caller, Locale locale) {
        return caller.getAuthorities().stream()
                .map(a -> a.getAuthority())
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .sorted()
                .findFirst()
                .map(role -> messages.getMessage("role." + role, null, role, locale))
                .orElse("");
    }
}
