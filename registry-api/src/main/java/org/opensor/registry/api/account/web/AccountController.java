package org.opensor.registry.api.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.opensor.registry.api.account.persistence.Accounts;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** {@code /api/v1/accounts}: the registry administrator creates, unlocks and disables built-in accounts. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    /** @param role as in credentials files: court-clerk, police-officer, border-officer, registry-admin, auditor, border-agency-system */
    record NewAccount(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 40) String role,
            @Size(max = 64) String unit,
            @NotBlank @Size(max = 200) String password) {}

    record NewPassword(@NotNull @Size(max = 200) String password) {}

    @GetMapping
    List<Accounts.AccountView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new RuleViolation(
                    page < 0 ? "page" : "size", "range", "page must be 0 or more and size between 1 and 200");
        }
        return accounts.list(page, size);
    }

    @PostMapping
    ResponseEntity<Accounts.AccountView> create(@Valid @RequestBody NewAccount body) {
        Role role;
        try {
            role = Role.fromExternalName(body.role());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(
                    "role",
                    "known-role",
                    "role must be one of "
                            + java.util.Arrays.stream(Role.values())
                                    .map(Role::externalName)
                                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        Accounts.AccountView created = accounts.create(body.username(), role, body.unit(), body.password());
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.username()))
                .body(created);
    }

    @PostMapping("/{username}/unlock")
    ResponseEntity<Void> unlock(@PathVariable String username) {
        return found(accounts.unlock(username));
    }

    @PostMapping("/{username}/disable")
    ResponseEntity<Void> disable(@PathVariable String username) {
        return found(accounts.disable(username));
    }

    @PutMapping("/{username}/password")
    ResponseEntity<Void> password(@PathVariable String username, @Valid @RequestBody NewPassword body) {
        return found(accounts.changePassword(username, body.password()));
    }

    private static ResponseEntity<Void> found(boolean changed) {
        if (!changed) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such account");
        }
        return ResponseEntity.noContent().build();
    }
}
