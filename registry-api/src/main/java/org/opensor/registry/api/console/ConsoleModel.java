package org.opensor.registry.api.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opensor.registry.api.console.language.ConsoleLanguage;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows around its content: who is logged in, their menu, the purpose in force. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    @ModelAttribute("user")
    ConsoleUser user() {
        return ConsoleUser.current();
    }

    @ModelAttribute("navigation")
    List<ConsoleNavigation.Item> navigation() {
        ConsoleUser user = ConsoleUser.current();
        return user == null ? List.of() : ConsoleNavigation.visibleTo(user.roles());
    }

    /** For the menu's "you are here" and the purpose link's way back (Thymeleaf no longer exposes the request). */
    /** The language switch's choices, in the order the header shows them. */
    @ModelAttribute("languages")
    List<ConsoleLanguage> languages() {
        return List.of(ConsoleLanguage.values());
    }

    /** Where the language switch brings the reader back: a list keeps its filters and page (a GET's query). */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod()) && query != null && !query.isBlank()
                ? request.getRequestURI() + "?" + query
                : request.getRequestURI();
    }

    @ModelAttribute("currentPurpose")
    String currentPurpose(HttpServletRequest request) {
        // A form refused for its purpose leaves the session's in force: the banner says so.
        return ConsolePurpose.of(request).or(() -> ConsolePurpose.kept(request)).orElse(null);
    }

    /** The person at the keyboard, as the pages name them. */
    record ConsoleUser(String username, Set<Role> roles) {

        static ConsoleUser current() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null
                    || !authentication.isAuthenticated()
                    || "anonymousUser".equals(authentication.getPrincipal())) {
                return null;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            authentication.getAuthorities().forEach(a -> {
                String name = a.getAuthority();
                if (name.startsWith("ROLE_")) {
                    try {
                        roles.add(Role.valueOf(name.substring(5)));
                    } catch (IllegalArgumentException ignored) {
                        // a role this version does not know: shows nothing
                    }
                }
            });
            return new ConsoleUser(authentication.getName(), roles);
        }

        public boolean has(String role) {
            return roles.contains(Role.valueOf(role));
        }

        /** "Court clerk", "Police officer", ... in the reader's language ({@code role.<ROLE>} in the bundles). */
        public String roleLabel() {
            return roles.stream()
                    .map(r -> {
                        String words = r.externalName().replace('-', ' ');
                        return ConsoleText.first(
                                Character.toUpperCase(words.charAt(0)) + words.substring(1), null, "role." + r.name());
                    })
                    .sorted()
                    .collect(Collectors.joining(", "));
        }
    }
}
