package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class CurrentUnitTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    /** No database: a unit that is read again fails, so each test shows whether it was. */
    private static final JdbcClient NO_DATABASE = JdbcClient.create((DataSource) Proxy.newProxyInstance(
            CurrentUnitTest.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                throw new SQLException("no database in this test");
            }));

    private final CurrentUnit currentUnit = new CurrentUnit(NO_DATABASE, null, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAccountReadForThisCallIsTakenAtItsWord() {
        assertThat(currentUnit.of(signedIn(new Loaded("ANTI-TRAFFICKING", NOW.minusMillis(40)))))
                .hasValue("ANTI-TRAFFICKING");
        assertThat(currentUnit.of(signedIn(new Loaded(null, NOW.minusMillis(40)))))
                .isEmpty();
    }

    @Test
    void anAccountReadLongerAgoThanASignInTakesHasItsUnitReadAgain() {
        // A console session's account was read at login; the account may have been moved to another unit since.
        var session = signedIn(new Loaded("ANTI-TRAFFICKING", NOW.minus(CurrentUnit.FRESH)));

        assertThatThrownBy(() -> currentUnit.of(session)).isInstanceOf(DataAccessException.class);
    }

    private static UsernamePasswordAuthenticationToken signedIn(Object principal) {
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of());
    }

    private record Loaded(String unit, Instant loadedAt) implements LoadedWithUnit {}
}
