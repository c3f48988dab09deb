package org.opensor.registry.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.opensor.registry.api.console.language.ConsoleLanguage;
import org.opensor.registry.api.security.ConsoleSignInAtIdentityProvider;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Login, and the home page that lists what the logged-in role can do. */
@Controller
class HomeController {

    private final SecuritySettings settings;
    private final LocaleResolver locales;

    HomeController(SecuritySettings settings, LocaleResolver locales) {
        this.settings = settings;
        this.locales = locales;
    }

    /**
     * The sign-in form, or with an identity provider a link to sign in there (after signing out, or a refused sign-in);
     * {@code ?language=en}: the page's own language links (nobody is signed in to own a choice yet).
     */
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String language,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (language != null) {
            ConsoleLanguage.of(language).ifPresent(chosen -> locales.setLocale(request, response, chosen.locale()));
            return "redirect:/login";
        }
        if (settings.oidcConsole()) {
            model.addAttribute("identityProviderSignIn", ConsoleSignInAtIdentityProvider.SIGN_IN_PATH);
        }
        return "console/login";
    }

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    @GetMapping("/console")
    String home(@ModelAttribute("navigation") List<ConsoleNavigation.Item> navigation, Model model) {
        model.addAttribute(
                "tasks",
                navigation.stream()
                        .filter(item -> !item.path().equals("/console"))
                        .toList());
        return "console/home";
    }
}
