package org.opensor.registry.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opensor.registry.api.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Creates an account per role with a password made for this test run. */
public final class TestAccounts {

    public static final String PASSWORD = org.opensor.registry.stack.Secrets.generatePassword();
    /** One account per role, by user name, in a stable order. */
    public static final Map<String, Role> ROLE_OF = roles();

    private TestAccounts() {}

    private static Map<String, Role> roles() {
        Map<String, Role> roles = new LinkedHashMap<>();
        roles.put("clerk", Role.COURT_CLERK);
        roles.put("police", Role.POLICE_OFFICER);
        roles.put("border", Role.BORDER_OFFICER);
        roles.put("admin", Role.REGISTRY_ADMIN);
        roles.put("auditor", Role.AUDITOR);
        roles.put("agency", Role.BORDER_AGENCY_SYSTEM);
        return java.util.Collections.unmodifiableMap(roles);
    }

    /** An account of {@code role} in {@code unit}, with the test password; the accounts above belong to no unit. */
    public static void ensureInUnit(JdbcClient jdbc, PasswordEncoder encoder, String username, Role role, String unit) {
        jdbc.sql("""
                insert into registry.account (username, password_hash, role, unit, created_at) values (:u, :h, :r, :unit, :t)
                on conflict (username) do update set password_hash = excluded.password_hash, unit = excluded.unit
                """)
                .param("u", username)
                .param("h", encoder.encode(PASSWORD))
                .param("r", role.name())
                .param("unit", unit)
                .param("t", Timestamp.from(Instant.now()))
                .update();
    }

    public static void ensure(JdbcClient jdbc, PasswordEncoder encoder) {
        for (Map.Entry<String, Role> account : ROLE_OF.entrySet()) {
            jdbc.sql("""
                    insert into registry.account (username, password_hash, role, created_at) values (:u, :h, :r, :t)
                    on conflict (username) do update set password_hash = excluded.password_hash
                    """)
                    .param("u", account.getKey())
                    .param("h", encoder.encode(PASSWORD))
                    .param("r", account.getValue().name())
                    .param("t", Timestamp.from(Instant.now()))
                    .update();
        }
    }
}
