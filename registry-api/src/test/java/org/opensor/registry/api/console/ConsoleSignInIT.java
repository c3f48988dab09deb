package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.TestNames;
import org.opensor.registry.api.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 21 finding 8, as someone guessing user names at the console's sign-in would try it: an unknown user name, a
 * wrong password and a locked account get the same answer, the same page, and about the same time.
 */
@IntegrationTest
class ConsoleSignInIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    String existing;
    String locked;

    @BeforeEach
    void accounts() {
        existing = "known" + TestNames.unique().toLowerCase();
        locked = "locked" + TestNames.unique().toLowerCase();
        TestAccounts.ensureInUnit(jdbc, encoder, existing, Role.POLICE_OFFICER, null);
        TestAccounts.ensureInUnit(jdbc, encoder, locked, Role.POLICE_OFFICER, null);
        jdbc.sql("update registry.account set locked_until = :until where username = :u")
                .param("u", locked)
                .param("until", Timestamp.from(Instant.now().plusSeconds(600)))
                .update();
    }

    @Test
    void anUnknownUserAWrongPasswordAndALockedAccountLookTheSame() throws Exception {
        HttpResponse<String> unknown = ConsolePermissionIT.Session.attempt(
                port, "nobody" + TestNames.unique().toLowerCase(), "Wrong-Password-123");
        HttpResponse<String> wrong = ConsolePermissionIT.Session.attempt(port, existing, "Wrong-Password-123");
        HttpResponse<String> lockedOut = ConsolePermissionIT.Session.attempt(port, locked, TestAccounts.PASSWORD);

        List<String> locations = List.of(unknown, wrong, lockedOut).stream()
                .map(r -> r.headers().firstValue("Location").orElse(""))
                .toList();
        assertThat(locations).as("where each refusal is sent").containsOnly(locations.getFirst());
        assertThat(locations.getFirst()).endsWith("/login?error");
    }
}
