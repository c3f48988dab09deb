package org.opensor.registry.api.account.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after {@code lockoutThreshold} wrong passwords in a row, for {@code lockoutDuration}
 * (defaults 5 and 10 minutes). While locked even the right password is refused; the counter starts again
 * when the lock is set, and a successful login clears it.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        jdbc.sql("""
                update registry.account set
                    locked_until = case when failed_attempts + 1 >= :threshold then :until else locked_until end,
                    failed_attempts = case when failed_attempts + 1 >= :threshold then 0 else failed_attempts + 1 end
                where username = :u
                """)
                .param("threshold", settings.lockoutThreshold())
                .param("until", Timestamp.from(clock.instant().plus(settings.lockoutDuration())))
                .param("u", event.getAuthentication().getName())
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // Every API call with HTTP Basic signs in: with no wrong password counted when the account was loaded there is
        // nothing to clear, and one statement less per call. (A wrong password racing this sign-in then stays counted.)
        if (event.getAuthentication().getPrincipal() instanceof AccountDetailsService.AccountUser account
                && account.failedAttempts() == 0) {
            return;
        }
        jdbc.sql("update registry.account set failed_attempts = 0 where username = :u and failed_attempts > 0")
                .param("u", event.getAuthentication().getName())
                .update();
    }
}
