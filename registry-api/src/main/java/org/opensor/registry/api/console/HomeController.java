package org.opensor.registry.api.console;

import java.util.List;
import org.opensor.registry.api.security.ConsoleSignInAtIdentityProvider;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Login, and the home page that lists what the logged-in role can do. */
@Controller
class HomeController {

    private final SecuritySettings settings;

    HomeController(SecuritySettings settings) {
        this.settings = settings;
    }

    /** The sign-in form, or with an identity provider a link to sign in there (after signing out, or a refused sign-in). */
    @GetMapping("/login")
    String login(Model model) {
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
        model.addAttribute("tasks", navigation.stream().filter(item -> !item.path().equals("/console")).toList());
        return "console/home";
    }
}
