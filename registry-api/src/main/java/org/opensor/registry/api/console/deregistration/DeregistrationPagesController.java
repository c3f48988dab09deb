package org.opensor.registry.api.console.deregistration;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.deregistration.Deregistration;
import org.opensor.registry.api.deregistration.DeregistrationReason;
import org.opensor.registry.api.deregistration.DeregistrationService;
import org.opensor.registry.api.refusal.FourEyesRefused;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RefusedTransition;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/registrants/{id}/deregistration}: the de-registration decision with four eyes, as on
 * {@code /api/v1/registrants/{id}/deregistration}. A court clerk or police officer proposes with a reason and the
 * evidence (from a review task or the record); another court clerk approves, which withdraws the record from every
 * search and list. Texts: i18n/record*.properties ({@code deregistration.*}).
 */
@Controller
class DeregistrationPagesController {

    private static final int NOTE_MAX = 2000;

    private final DeregistrationService decisions;
    private final RegistrantService registrants;

    DeregistrationPagesController(DeregistrationService decisions, RegistrantService registrants) {
        this.decisions = decisions;
        this.registrants = registrants;
    }

    @GetMapping("/console/registrants/{id}/deregistration")
    String show(@PathVariable UUID id, Authentication caller, Model model) {
        return page(model, caller, id, Map.of(), Map.of());
    }

    @PostMapping("/console/registrants/{id}/deregistration")
    String propose(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note,
            Authentication caller,
            Model model,
            RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        DeregistrationReason why = Arrays.stream(DeregistrationReason.values())
                .filter(r -> r.name().equals(reason))
                .findFirst()
                .orElse(null);
        if (why == null) {
            errors.put("reason", "deregistration.error.reason");
        }
        if (note.isBlank() || note.strip().length() > NOTE_MAX) {
            errors.put("note", "deregistration.error.note");
        }
        if (errors.isEmpty()) {
            try {
                decisions.propose(id, why, note, caller.getName());
                redirect.addFlashAttribute("done", "deregistration.done.proposed");
                return "redirect:/console/registrants/" + id + "/deregistration";
            } catch (RefusedTransition e) {
                errors.put("reason", ConsoleForms.words(e));
            }
        }
        return page(model, caller, id, Map.of("reason", reason, "note", note), errors);
    }

    @PostMapping("/console/registrants/{id}/deregistration/approval")
    String approve(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String approvalNote,
            Authentication caller,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (approvalNote.strip().length() > NOTE_MAX) {
            errors.put("approvalNote", "deregistration.error.approvalNote");
        } else {
            try {
                Deregistration approved = decisions.approve(id, approvalNote, caller.getName());
                model.addAttribute("approved", approved);
                model.addAttribute("registrantId", id);
                return "console/deregistration/approved";
            } catch (FourEyesRefused e) {
                errors.put("approvalNote", "deregistration.error.fourEyes");
            } catch (RefusedTransition e) {
                errors.put("approvalNote", ConsoleForms.words(e));
            }
        }
        return page(model, caller, id, Map.of("approvalNote", approvalNote), errors);
    }

    /**
     * The record's identity and registration period beside the decision. An error value that is a bundle key
     * ({@code deregistration.error.*}) is shown in the reader's language, any other is already in the reader's words.
     */
    private String page(
            Model model, Authentication caller, UUID id, Map<String, String> values, Map<String, String> errors) {
        Optional<Deregistration> decision = decisionOf(id);
        if (decision.filter(d -> d.state() == Deregistration.State.APPROVED).isPresent()) {
            // Withdrawn: gone from every path but the auditor's, this one included.
            throw new NotFound("No registrant with id " + id + ".");
        }
        Registrant registrant = registrants
                .find(new RegistrantId(id))
                .orElseThrow(() -> new NotFound("No registrant with id " + id + "."));
        DisclosedRecords.note(List.of(id));
        model.addAttribute("registrantId", id);
        model.addAttribute("registrant", registrant);
        model.addAttribute("decision", decision.orElse(null));
        model.addAttribute(
                "proposedOn",
                decision.map(d -> LocalDate.ofInstant(d.proposedAt(), ZoneOffset.UTC))
                        .orElse(null));
        model.addAttribute(
                "ownProposal",
                decision.map(d -> d.proposedBy().equals(caller.getName())).orElse(false));
        model.addAttribute("reasons", DeregistrationReason.values());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "console/deregistration/decision";
    }

    private Optional<Deregistration> decisionOf(UUID id) {
        try {
            return Optional.of(decisions.of(id));
        } catch (NotFound none) {
            return Optional.empty();
        }
    }
}
