package org.opensor.registry.api.account.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.opensor.registry.api.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the accounts listed in the bootstrap file ({@code role username password} per line, written by the
 * local stack with generated passwords) that do not exist yet. Existing accounts are never changed.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private static final Duration STARTUP_PATIENCE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String file;

    AccountBootstrap(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            Clock clock,
            @Value("${registry.accounts.bootstrap-file:}") String file) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (file == null || file.isBlank()) {
            return;
        }
        List<String> lines = Files.readAllLines(Path.of(file));
        int created = 0;
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 3 || line.startsWith("#")) {
                continue;
            }
            Role role = Role.fromExternalName(parts[0]);
            created += whenTheDatabaseAnswers(() -> jdbc.sql("""
                    insert into registry.account (username, password_hash, role, created_at)
                    values (:u, :h, :r, :t) on conflict (username) do nothing
                    """)
                    .param("u", parts[1])
                    .param("h", encoder.encode(parts[2]))
                    .param("r", role.name())
                    .param("t", Timestamp.from(clock.instant()))
                    .update());
        }
        log.info("Account bootstrap: {} account(s) created from the bootstrap file", created);
    }

    /**
     * Requests wait at most a second for a connection and then answer 503; at startup on a loaded machine the pool may
     * not have opened its second connection by then, and that is no reason for the instance to fail to start.
     */
    static int whenTheDatabaseAnswers(IntSupplier insert) {
        long deadline = System.nanoTime() + STARTUP_PATIENCE.toNanos();
        for (long pause = 250; ; pause = Math.min(pause * 2, 5_000)) {
            try {
                return insert.getAsInt();
            } catch (TransientDataAccessException | CannotGetJdbcConnectionException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                log.warn(
                        "Account bootstrap: no database connection yet ({}); trying again",
                        busy.getClass().getSimpleName());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }
}
