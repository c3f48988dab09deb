package org.opensor.registry.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.RegistrantEvents;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registrant.Identity;
import org.opensor.registry.api.registrant.PartialDate;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.api.registrant.Sex;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The change and its event commit together: a rolled-back change publishes nothing, ever. */
@IntegrationTest
class OutboxAtomicityIT {

    @Autowired
    RegistrantService registrants;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTransactionThatFailsPublishesNothing() {
        Identity named = Identity.named("KEO", "Rithy", Sex.MALE);
        Identity person = new Identity(
                named.familyName(),
                named.givenNames(),
                null,
                List.of(),
                PartialDate.parse("1980", "dateOfBirth", LocalDate.now()),
                null,
                Sex.MALE,
                null,
                List.of(CountryCode.of("KHM", "n")),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());
        Registrant[] doomed = new Registrant[1];

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    doomed[0] = registrants.register(person, true, null, "clerk");
                    throw new IllegalStateException("a later step of the same transaction fails");
                }))
                .isInstanceOf(IllegalStateException.class);
        Registrant committed = registrants.register(person, true, null, "clerk");

        String doomedId = doomed[0].id().toString();
        assertThat(jdbc.sql("select count(*) from registry.registrant where id = :id")
                        .param("id", doomed[0].id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from registry.outbox_event where event_key = :k")
                        .param("k", doomedId)
                        .query(Integer.class)
                        .single())
                .isZero();
        try (RegistrantEvents events = new RegistrantEvents()) {
            // The committed registrant's event comes after the doomed one would have: once it is here, the other never
            // will be.
            events.await(r -> committed.id().toString().equals(r.key()), Duration.ofSeconds(30));
            assertThat(events.seen()).noneMatch(r -> doomedId.equals(r.key()));
        }
    }

    @Test
    void theOutboxRefusesToWriteOutsideATransaction() {
        assertThatThrownBy(() -> applicationOutbox.append("t", "k", "type", java.time.Instant.now(), "x"))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void eventsAppendedTogetherAreWrittenInTheirOrder() {
        String run = java.util.UUID.randomUUID().toString();
        List<String> keys = List.of(run + "-c", run + "-a", run + "-b");
        transactions.executeWithoutResult(status -> {
            applicationOutbox.appendAll(keys.stream()
                    .map(key -> new Outbox.Event(
                            "registry.travel.v1",
                            key,
                            "test-event",
                            java.time.Instant.parse("2026-11-28T10:00:00Z"),
                            java.util.Map.of("key", key)))
                    .toList());
            // Read inside the transaction, then rolled back: nothing is ever published.
            List<String> written =
                    jdbc.sql("""
                            select event_key || ' ' || (payload ->> 'key') || ' ' || event_type from registry.outbox_event
                            where event_key like :run order by position""").param("run", run + "%").query(String.class).list();
            assertThat(written)
                    .containsExactly(keys.stream()
                            .map(key -> key + " " + key + " test-event")
                            .toArray(String[]::new));
            status.setRollbackOnly();
        });
    }

    @Autowired
    Outbox applicationOutbox;
}
