package org.opensor.registry.api.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class AccountBootstrapTest {

    @Test
    void aPoolWithoutAFreeConnectionYetIsWaitedForAtStartup() {
        AtomicInteger attempts = new AtomicInteger();

        int created = AccountBootstrap.whenTheDatabaseAnswers(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new CannotGetJdbcConnectionException("Connection is not available, request timed out");
            }
            return 1;
        });

        assertThat(created).isEqualTo(1);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aRefusalOfTheDatabaseIsNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> AccountBootstrap.whenTheDatabaseAnswers(() -> {
                    attempts.incrementAndGet();
                    throw new DataIntegrityViolationException("role check");
                }))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(attempts).hasValue(1);
    }
}
