package org.opensor.registry.api.account.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.opensor.registry.api.security.LoadedWithUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Built-in accounts from {@code registry.account} for HTTP Basic and the console login. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        select username, password_hash, role, enabled, locked_until, failed_attempts, unit from registry.account
                        where username = :u
                        """)
                .param("u", username)
                .query((rs, n) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    return new AccountUser(
                            User.withUsername(rs.getString("username"))
                                    .password(rs.getString("password_hash"))
                                    .roles(rs.getString("role"))
                                    .disabled(!rs.getBoolean("enabled"))
                                    .accountLocked(lockedUntil != null
                                            && lockedUntil.toInstant().isAfter(clock.instant()))
                                    .build(),
                            rs.getInt("failed_attempts"),
                            rs.getString("unit"),
                            clock.instant());
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** An account as loaded for a sign-in, with its wrong passwords in a row and its unit at that moment. */
    static final class AccountUser extends User implements LoadedWithUnit {

        private final int failedAttempts;
        private final String unit;
        private final Instant loadedAt;

        private AccountUser(UserDetails account, int failedAttempts, String unit, Instant loadedAt) {
            super(
                    account.getUsername(),
                    account.getPassword(),
                    account.isEnabled(),
                    true,
                    true,
                    account.isAccountNonLocked(),
                    account.getAuthorities());
            this.failedAttempts = failedAttempts;
            this.unit = unit;
            this.loadedAt = loadedAt;
        }

        int failedAttempts() {
            return failedAttempts;
        }

        @Override
        public String unit() {
            return unit;
        }

        @Override
        public Instant loadedAt() {
            return loadedAt;
        }
    }
}
