package org.opensor.registry.api.account.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opensor.registry.api.account.PasswordPolicy;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Built-in accounts, managed by the registry administrator. Password hashes never leave this class. */
@Service
public class Accounts {

    /** An account as the administrator sees it. */
    public record AccountView(
            String username, String role, String unit, boolean enabled, Instant lockedUntil, Instant createdAt) {}

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AccountView> list(int page, int size) {
        return jdbc.sql("select * from registry.account order by username limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new AccountView(
                        rs.getString("username"),
                        Role.valueOf(rs.getString("role")).externalName(),
                        rs.getString("unit"),
                        rs.getBoolean("enabled"),
                        rs.getTimestamp("locked_until") == null
                                ? null
                                : rs.getTimestamp("locked_until").toInstant(),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional
    public AccountView create(String username, Role role, String unit, String password) {
        if (username == null || !username.matches("[a-z][a-z0-9._-]{2,39}")) {
            throw new RuleViolation(
                    "username",
                    "pattern",
                    "username must be 3-40 lower-case letters, digits, '.', '_' or '-', starting with a letter");
        }
        checkPassword(username, password);
        int created = jdbc.sql("""
                insert into registry.account (username, password_hash, role, unit, created_at) values (:u, :h, :r, :unit, :t)
                on conflict (username) do nothing
                """)
                .param("u", username)
                .param("h", encoder.encode(password))
                .param("r", role.name())
                .param("unit", unit)
                .param("t", Timestamp.from(clock.instant()))
                .update();
        if (created == 0) {
            throw new RuleViolation("username", "unique", "an account named '" + username + "' already exists");
        }
        return find(username).orElseThrow();
    }

    @Transactional
    public boolean unlock(String username) {
        return jdbc.sql("update registry.account set locked_until = null, failed_attempts = 0 where username = :u")
                        .param("u", username)
                        .update()
                == 1;
    }

    @Transactional
    public boolean disable(String username) {
        return jdbc.sql("update registry.account set enabled = false where username = :u")
                        .param("u", username)
                        .update()
                == 1;
    }

    @Transactional
    public boolean changePassword(String username, String password) {
        checkPassword(username, password);
        return jdbc.sql("update registry.account set password_hash = :h where username = :u")
                        .param("h", encoder.encode(password))
                        .param("u", username)
                        .update()
                == 1;
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(String username) {
        return jdbc.sql("select * from registry.account where username = :u")
                .param("u", username)
                .query((rs, n) -> new AccountView(
                        rs.getString("username"),
                        Role.valueOf(rs.getString("role")).externalName(),
                        rs.getString("unit"),
                        rs.getBoolean("enabled"),
                        rs.getTimestamp("locked_until") == null
                                ? null
                                : rs.getTimestamp("locked_until").toInstant(),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    private static void checkPassword(String username, String password) {
        String problem = PasswordPolicy.problemWith(username, password);
        if (problem != null) {
            throw new RuleViolation("password", "password-policy", problem);
        }
    }
}
