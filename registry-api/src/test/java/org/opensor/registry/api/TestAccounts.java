package org.opensor.registry.api;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates an account per role with a password made for this test run. */
public final class TestAccounts {

    public static final String PASSWORD = org.opensor.registry.stack.Secrets.generatePassword();

    private TestAccounts() {
    }

    public static void ensure(JdbcClient jdbc, PasswordEncoder encoder) {
        for (String[] account : new String[][]{{"clerk", "COURT_CLERK"}, {"police", "POLICE_OFFICER"}, {"border", "BORDER_OFFICER"},
                {"admin", "REGISTRY_ADMIN"}, {"auditor", "AUDITOR"}, {"agency", "BORDER_AGENCY_SYSTEM"}}) {
            jdbc.sql("""
                    insert into registry.account (username, password_hash, role, created_at) values (:u, :h, :r, :t)
                    on conflict (username) do update set password_hash = excluded.password_hash
                    """).param("u", account[0]).param("h", encoder.encode(PASSWORD)).param("r", account[1])
                    .param("t", Timestamp.from(Instant.now())).update();
        }
    }
}
