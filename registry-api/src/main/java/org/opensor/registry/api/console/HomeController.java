package org.opensor.registry.api.console;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Login, and the home page that lists what the logged-in role can do. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
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
