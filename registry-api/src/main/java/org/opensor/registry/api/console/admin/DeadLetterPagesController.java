package org.opensor.registry.api.console.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.security.SecuritySettings;
import org.opensor.registry.notification.adminapi.DeadLetterPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Webhook deliveries that gave up after retrying for a day or more (the notification worker's dead letters): the
 * administrator sees which agency missed which alert and why, and sends it again once the agency is back.
 */
@Controller
class DeadLetterPagesController {

    static final int PAGE_SIZE = 50;

    private final WorkerAdminClient worker;
    private final SecuritySettings security;
    private final ConsoleText text;

    DeadLetterPagesController(WorkerAdminClient worker, SecuritySettings security, ConsoleText text) {
        this.worker = worker;
        this.security = security;
        this.text = text;
    }

    @GetMapping("/console/dead-letters")
    String list(@RequestParam(defaultValue = "0") String page, Model model) {
        int current = pageNumber(page);
        DeadLetterPage letters = worker.deadLetters(current, PAGE_SIZE);
        // Name the agency rather than a subscription id: that is who the administrator will call.
        Map<UUID, String> agencies = new HashMap<>();
        if (!letters.items().isEmpty()) {
            worker.allSubscriptions().forEach(s -> agencies.put(s.id(), s.agency()));
        }
        Map<UUID, String> reasons = new HashMap<>();
        letters.items().forEach(d -> reasons.put(d.deliveryId(), DeadLetterReasons.of(d, text)));
        model.addAttribute("letters", letters);
        model.addAttribute("reasons", reasons);
        model.addAttribute("agencies", agencies);
        model.addAttribute("page", current);
        model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < letters.total());
        model.addAttribute("zone", security.zone());
        return "console/admin/dead-letters";
    }

    @PostMapping("/console/dead-letters/{deliveryId}/replay")
    String replay(@PathVariable String deliveryId, RedirectAttributes redirect) {
        try {
            worker.replay(UUID.fromString(deliveryId));
            redirect.addFlashAttribute("done", text.get("deadLetters.done", deliveryId));
        } catch (IllegalArgumentException | WorkerAdminClient.Refused refused) {
            redirect.addFlashAttribute("problem", text.get("deadLetters.gone", deliveryId));
        }
        return "redirect:/console/dead-letters";
    }

    @ExceptionHandler(WorkerAdminClient.Unavailable.class)
    String unavailable(WorkerAdminClient.Unavailable e, Model model, HttpServletResponse response) {
        return WorkerPages.unavailable(e, model, response, worker);
    }

    /** A page number from the address bar: anything but a whole number from 0 up is the first page. */
    private static int pageNumber(String page) {
        try {
            return Math.max(Integer.parseInt(page.strip()), 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
