package org.opensor.registry.api.console.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * {@code POST /console/language}: the language switch in every page's header (and on the login page). The choice
 * is kept for the session and, once signed in, on the account; the person lands back on the page they were on.
 */
@Controller
class LanguageController {

    private final LocaleResolver locales;

    LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    @PostMapping("/console/language")
    String choose(
            @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "/console") String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        ConsoleLanguage.of(language).ifPresent(chosen -> locales.setLocale(request, response, chosen.locale()));
        return "redirect:" + sameSite(next);
    }

    /** Only a path of this console: never a redirect to another site. */
    static String sameSite(String next) {
        boolean local = next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.contains("\r")
                && !next.contains("\n");
        return local
                        && (next.equals("/login")
                                || next.startsWith("/login?")
                                || next.equals("/console")
                                || next.startsWith("/console/")
                                || next.startsWith("/console?"))
                ? next
                : "/console";
    }
}
