package org.opensor.registry.api.console.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opensor.registry.api.account.persistence.Accounts;
import org.opensor.registry.api.console.ConsoleForms;
import org.opensor.registry.api.console.language.ConsoleText;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.refusal.RuleViolations;
import org.opensor.registry.api.security.Role;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registry administrator's accounts pages: the list, a new account, and unlock, disable and set password,
 * each doing what the matching {@code /api/v1/accounts} endpoint does through the same {@link Accounts} service.
 */
@Controller
class AccountPagesController {

    static final int PAGE_SIZE = 50;

    /** A role as the form offers it: the API's name as the value, words as the label. */
    record RoleChoice(String value, String label) {}

    /**
     * One row of the list, with the state in words (never colour alone): {@code state} is ACTIVE, LOCKED or DISABLED,
     * whose words are {@code accounts.state.*}.
     */
    record AccountRow(
            String username,
            String roleLabel,
            String unit,
            String state,
            String stateTag,
            boolean locked,
            boolean enabled,
            Instant lockedUntil) {}

    private final Accounts accounts;
    private final Clock clock;
    private final SecuritySettings security;
    private final ConsoleText text;

    AccountPagesController(Accounts accounts, Clock clock, SecuritySettings security, ConsoleText text) {
        this.accounts = accounts;
        this.clock = clock;
        this.security = security;
        this.text = text;
    }

    @GetMapping("/console/accounts")
    String list(@RequestParam(defaultValue = "0") String page, Model model) {
        int current = pageNumber(page);
        // One more than a page tells whether there is a next one without counting the table.
        List<Accounts.AccountView> found = accounts.list(current, PAGE_SIZE + 1);
        Instant now = clock.instant();
        model.addAttribute(
                "accounts",
                found.stream().limit(PAGE_SIZE).map(a -> row(a, now)).toList());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("zone", security.zone());
        return "console/admin/accounts";
    }

    @GetMapping("/console/accounts/new")
    String newAccount(Model model) {
        return form(model, "", "", "", Map.of());
    }

    @PostMapping("/console/accounts/new")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            Role chosen = role(role);
            Accounts.AccountView created =
                    accounts.create(username.strip(), chosen, unit.isBlank() ? null : unit.strip(), password);
            redirect.addFlashAttribute("done", text.get("accounts.done.created", created.username(), label(chosen)));
            return "redirect:/console/accounts";
        } catch (RuleViolation | RuleViolations violation) {
            // The password is not shown again: the administrator types a new one.
            rejected(response);
            return form(model, username, role, unit, ConsoleForms.errors(violation));
        }
    }

    @PostMapping("/console/accounts/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        if (!accounts.unlock(username)) {
            throw new NotFound("There is no account named " + username + ".");
        }
        redirect.addFlashAttribute("done", text.get("accounts.done.unlocked", username));
        return "redirect:/console/accounts";
    }

    @GetMapping("/console/accounts/{username}/disable")
    String confirmDisable(@PathVariable String username, Model model) {
        model.addAttribute("account", row(existing(username), clock.instant()));
        return "console/admin/account-disable";
    }

    @PostMapping("/console/accounts/{username}/disable")
    String disable(@PathVariable String username, RedirectAttributes redirect) {
        if (!accounts.disable(username)) {
            throw new NotFound("There is no account named " + username + ".");
        }
        redirect.addFlashAttribute("done", text.get("accounts.done.disabled", username));
        return "redirect:/console/accounts";
    }

    @GetMapping("/console/accounts/{username}/password")
    String passwordForm(@PathVariable String username, Model model) {
        model.addAttribute("account", row(existing(username), clock.instant()));
        model.addAttribute("errors", Map.of());
        return "console/admin/account-password";
    }

    @PostMapping("/console/accounts/{username}/password")
    String setPassword(
            @PathVariable String username,
            @RequestParam(defaultValue = "") String password,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        Accounts.AccountView account = existing(username);
        try {
            accounts.changePassword(username, password);
        } catch (RuleViolation | RuleViolations violation) {
            model.addAttribute("account", row(account, clock.instant()));
            model.addAttribute("errors", ConsoleForms.errors(violation));
            rejected(response);
            return "console/admin/account-password";
        }
        redirect.addFlashAttribute("done", text.get("accounts.done.password", username));
        return "redirect:/console/accounts";
    }

    /** A form shown again with its errors answers 422, so the audit trail records the attempt as rejected, as the API's 400 is. */
    static void rejected(HttpServletResponse response) {
        response.setStatus(422);
    }

    private Accounts.AccountView existing(String username) {
        return accounts.find(username).orElseThrow(() -> new NotFound("There is no account named " + username + "."));
    }

    private String form(Model model, String username, String role, String unit, Map<String, String> errors) {
        model.addAttribute("username", username);
        model.addAttribute("role", role);
        model.addAttribute("unit", unit);
        model.addAttribute(
                "roles",
                Arrays.stream(Role.values())
                        .map(r -> new RoleChoice(
                                r.externalName(),
                                r == Role.BORDER_AGENCY_SYSTEM
                                        ? text.get("accountNew.role.machine", label(r))
                                        : label(r)))
                        .toList());
        model.addAttribute("errors", errors);
        return "console/admin/account-new";
    }

    /** The API's role names; a wrong one gets the API's sentence. */
    private static Role role(String name) {
        if (name.isBlank()) {
            throw new RuleViolation("role", "known-role", "role must be chosen: one of " + roleNames());
        }
        try {
            return Role.fromExternalName(name);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("role", "known-role", "role must be one of " + roleNames());
        }
    }

    private static String roleNames() {
        return Arrays.stream(Role.values()).map(Role::externalName).collect(Collectors.joining(", "));
    }

    /** The role in the reader's words ({@code role.*}), as the header names it. */
    private String label(Role role) {
        return text.get("role." + role.name());
    }

    private AccountRow row(Accounts.AccountView a, Instant now) {
        boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(now);
        String state = !a.enabled() ? "DISABLED" : locked ? "LOCKED" : "ACTIVE";
        String tag = !a.enabled() ? "govuk-tag--grey" : locked ? "govuk-tag--red" : "govuk-tag--green";
        return new AccountRow(
                a.username(),
                label(Role.fromExternalName(a.role())),
                a.unit(),
                state,
                tag,
                locked,
                a.enabled(),
                a.lockedUntil());
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
