package org.opensor.registry.api.console.screening;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.screening.Checkpoint;
import org.opensor.registry.api.screening.ManifestScreening;
import org.opensor.registry.api.screening.UnreadableManifest;
import org.opensor.registry.matching.document.paxlst.PaxlstParser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /console/manifests}: an airline's PAXLST manifest, uploaded as a file or pasted, screened traveller by
 * traveller as {@code POST /api/v1/manifests} does it. The same manifest sent again is not screened again (no
 * new alerts): the page says so and shows the first result.
 */
@Controller
class ManifestPage {

    /** Generous for a wide-body aircraft's passenger list, small enough to refuse a wrong file at once. */
    static final int MAX_CHARACTERS = 2_000_000;

    private final ManifestScreening manifests;
    private final Clock clock;

    ManifestPage(ManifestScreening manifests, Clock clock) {
        this.manifests = manifests;
        this.clock = clock;
    }

    @GetMapping("/console/manifests")
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return "console/manifest";
    }

    @PostMapping("/console/manifests")
    String screen(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String manifest,
            @RequestParam(defaultValue = "") String borderPost,
            @RequestParam(defaultValue = "") String direction,
            Model model)
            throws IOException {
        Map<String, String> errors = new LinkedHashMap<>();
        String post = borderPost.strip().toUpperCase(Locale.ROOT);
        String way = direction.strip().toUpperCase(Locale.ROOT);
        if (!post.isEmpty() && !post.matches("[A-Z0-9]{2,10}")) {
            errors.put(
                    "borderPost",
                    ConsoleText.first(
                            "borderPost must be a border post or airport code", null, "error.borderPost.Pattern"));
        }
        if (!way.isEmpty() && !way.matches("ARRIVAL|DEPARTURE")) {
            errors.put(
                    "direction",
                    ConsoleText.first("direction must be ARRIVAL or DEPARTURE", null, "error.direction.Pattern"));
        }
        String edifact = manifest;
        String source = null; // pasted
        if (file != null && !file.isEmpty()) {
            edifact = decode(file.getBytes());
            source = file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank()
                    ? ConsoleText.first("uploaded file", null, "manifest.source.uploaded")
                    : file.getOriginalFilename();
        }
        if (edifact.isBlank()) {
            errors.put(
                    "file",
                    ConsoleText.first("Choose a PAXLST file, or paste the manifest", null, "error.file.required"));
        } else if (edifact.length() > MAX_CHARACTERS) {
            errors.put(
                    "file",
                    ConsoleText.first(
                            "The manifest is larger than " + MAX_CHARACTERS
                                    + " characters: send it through the API in parts",
                            new Object[] {MAX_CHARACTERS},
                            "error.file.tooLarge"));
        }
        model.addAttribute("manifest", file != null && !file.isEmpty() ? "" : manifest);
        model.addAttribute("borderPost", post);
        model.addAttribute("direction", way);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            return "console/manifest";
        }
        try {
            ManifestScreening.ManifestResult result = manifests.screen(
                    edifact, new Checkpoint(post.isEmpty() ? null : post, null, way.isEmpty() ? null : way));
            model.addAttribute("result", ManifestView.of(new PaxlstParser(clock).parse(edifact), result));
            model.addAttribute("source", source);
        } catch (UnreadableManifest e) {
            // The API names the body; on this page the manifest is the file field.
            ConsoleForms.errors(e)
                    .forEach((field, message) -> errors.put("body".equals(field) ? "file" : field, message));
        }
        return "console/manifest";
    }

    /** EDIFACT is mostly ASCII (UNOA/UNOB); an ISO 8859-1 file (UNOC) is read as such rather than refused. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
