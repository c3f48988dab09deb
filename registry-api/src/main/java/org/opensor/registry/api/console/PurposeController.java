package org.opensor.registry.api.console;

import jakarta.servlet.http.HttpServletRequest;
import org.opensor.registry.api.security.PurposeOfAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** States the purpose (case reference and reason) that the officer's next reads are recorded under. */
@Controller
class PurposeController {

    @GetMapping("/console/purpose")
    String form(@RequestParam(defaultValue = "/console") String next, Model model) {
        model.addAttribute("next", safeNext(next));
        return "console/purpose";
    }

    @PostMapping("/console/purpose")
    String state(
            @RequestParam(defaultValue = "") String purpose,
            @RequestParam(defaultValue = "/console") String next,
            HttpServletRequest request,
            Model model) {
        String problem = PurposeOfAccess.problemWith(purpose);
        if (problem != null) {
            model.addAttribute("next", safeNext(next));
            model.addAttribute("purposeValue", purpose);
            model.addAttribute("purposeError", ConsoleForms.inConsoleWords(problem));
            return "console/purpose";
        }
        ConsolePurpose.keep(request, purpose);
        return "redirect:" + safeNext(next);
    }

    /** Only back into the console: a crafted link must not send an officer elsewhere after they state a purpose. */
    static String safeNext(String next) {
        return next != null && next.startsWith("/console") && !next.startsWith("//") && !next.contains("\\")
                ? next
                : "/console";
    }
}
