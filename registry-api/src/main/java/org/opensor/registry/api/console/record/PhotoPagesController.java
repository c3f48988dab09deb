package org.opensor.registry.api.console.record;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.photo.FacialImages;
import org.opensor.registry.api.photo.PhotoService;
import org.opensor.registry.api.photo.StoredImage;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.web.RegistrantWebMapper;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Facial photos in the console: a court clerk adds one or more ({@code POST /api/v1/registrants/{id}/photos} as a
 * form), and the record page shows them through {@link #image}, each view audited with the purpose in force.
 */
@Controller
class PhotoPagesController {

    private final PhotoService photos;
    private final RegistrantService registrants;
    private final RegistrantWebMapper mapper;
    private final MessageSource messages;

    PhotoPagesController(
            PhotoService photos, RegistrantService registrants, RegistrantWebMapper mapper, MessageSource messages) {
        this.photos = photos;
        this.registrants = registrants;
        this.mapper = mapper;
        this.messages = messages;
    }

    @GetMapping("/console/registrants/{id}/photos/new")
    String form(@PathVariable String id, Model model) {
        return show(model, RecordIds.load(registrants, id), null);
    }

    @PostMapping("/console/registrants/{id}/photos/new")
    String upload(
            @PathVariable String id,
            @RequestParam(name = "file", required = false) List<MultipartFile> files,
            Principal actor,
            HttpServletRequest http,
            Model model,
            Locale locale) {
        Registrant registrant = RecordIds.load(registrants, id);
        List<MultipartFile> chosen = files == null
                ? List.of()
                : files.stream().filter(f -> !f.isEmpty()).toList();
        if (chosen.isEmpty()) {
            return show(model, registrant, messages.getMessage("record.photos.error.required", null, locale));
        }
        List<String> refused = new ArrayList<>();
        int added = 0;
        for (MultipartFile file : chosen) {
            try {
                photos.add(registrant.id().value(), bytes(file), actor.getName());
                added++;
            } catch (RuleViolation e) {
                refused.add(messages.getMessage(
                        "record.photos.error.file",
                        new Object[] {
                            name(file),
                            messages.getMessage(
                                    "record.photos.rule." + e.rule().replaceAll("\\d+", "N"),
                                    null,
                                    e.getMessage(),
                                    locale)
                        },
                        locale));
            }
        }
        if (!refused.isEmpty()) {
            model.addAttribute("added", added);
            return show(model, registrant, String.join(" ", refused));
        }
        RecordBanner.put(
                http,
                registrant.id().value(),
                messages.getMessage("record.photos.added", new Object[] {added}, locale));
        return "redirect:/console/registrants/" + registrant.id().value() + "#photos";
    }

    /** The image for the record page's {@code <img>}; kept by no cache, the browser's included. */
    @GetMapping("/console/registrants/{id}/photos/{photoId}")
    ResponseEntity<byte[]> image(@PathVariable String id, @PathVariable String photoId) {
        Registrant registrant = RecordIds.load(registrants, id);
        StoredImage image = photos.image(registrant.id().value(), photoId(photoId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ZERO).cachePrivate().noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(image.bytes());
    }

    private String show(Model model, Registrant registrant, String error) {
        model.addAttribute("id", registrant.id().value());
        model.addAttribute("record", mapper.toResponse(registrant));
        model.addAttribute("errors", error == null ? Map.of() : Map.of(FacialImages.FIELD, error));
        model.addAttribute("photos", photos.of(registrant.id().value()));
        model.addAttribute("maxPhotos", PhotoService.MAX_PER_REGISTRANT);
        return "console/record/photos";
    }

    private static UUID photoId(String photoId) {
        try {
            return UUID.fromString(photoId);
        } catch (IllegalArgumentException e) {
            throw new NotFound("No photo with id " + photoId + ".");
        }
    }

    private static String name(MultipartFile file) {
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().replaceAll("[\\p{Cntrl}]", "").strip();
        return name.isEmpty() ? "?" : name.substring(0, Math.min(name.length(), 80));
    }

    private static byte[] bytes(MultipartFile file) {
        try (var in = file.getInputStream()) {
            return in.readNBytes(FacialImages.MAX_BYTES + 1);
        } catch (java.io.IOException e) {
            throw new RuleViolation(FacialImages.FIELD, "readable", "file could not be read");
        }
    }
}
