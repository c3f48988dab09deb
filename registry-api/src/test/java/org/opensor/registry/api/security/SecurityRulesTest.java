package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opensor.registry.api.account.PasswordPolicy;

class SecurityRulesTest {

    @Test
    void aPurposeNeedsACaseReferenceAndAReason() {
        assertThat(PurposeOfAccess.problemWith("CASE-2026-0042 suspected breach of travel notice"))
                .isNull();
        assertThat(PurposeOfAccess.problemWith("INC/2026/17 border hit follow-up"))
                .isNull();
        assertThat(PurposeOfAccess.problemWith(null)).contains("required");
        assertThat(PurposeOfAccess.problemWith("   ")).contains("required");
        assertThat(PurposeOfAccess.problemWith("curious")).contains("case reference");
        assertThat(PurposeOfAccess.problemWith("CASE-1 why")).contains("case reference");
        assertThat(PurposeOfAccess.problemWith("CASE-1 " + "x".repeat(400))).contains("300");
    }

    @Test
    void passwordsFollowThePolicy() {
        assertThat(PasswordPolicy.problemWith("sokha", "Tr0ub4dor&3xx")).isNull();
        assertThat(PasswordPolicy.problemWith("sokha", "correct horse battery staple"))
                .isNull();
        assertThat(PasswordPolicy.problemWith("sokha", "Short1!")).contains("12");
        assertThat(PasswordPolicy.problemWith("sokha", "xxSOKHAxx2026!")).contains("user name");
        assertThat(PasswordPolicy.problemWith("sokha", "password1234")).isNotNull();
        assertThat(PasswordPolicy.problemWith("sokha", "alllowercase12")).contains("three of");
    }

    @Test
    void everyPermissionNamesAtLeastOneRoleAndApiPaths() {
        assertThat(Permissions.ALL).allSatisfy(p -> {
            assertThat(p.roles()).isNotEmpty();
            assertThat(p.path()).startsWith("/api/v1/");
        });
        assertThat(Permissions.ALL)
                .filteredOn(p -> p.roles().contains(Role.REGISTRY_ADMIN))
                .noneMatch(p -> p.access() == Access.READ || p.access() == Access.SEARCH);
        // The auditor reads the audit trail, and personal data only of records withdrawn from everyone else (sealed
        // charges, de-registered records), each read with a purpose; never a search or a change.
        assertThat(Permissions.ALL)
                .filteredOn(p -> p.roles().contains(Role.AUDITOR))
                .allMatch(p -> p.access() == Access.AUDIT
                        || (p.access() == Access.READ
                                && (p.path().startsWith("/api/v1/sealed-charges/")
                                        || p.path().startsWith("/api/v1/deregistrations/"))));
    }
}
