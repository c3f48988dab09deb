package org.opensor.registry.api.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.history.History;
import org.opensor.registry.api.history.HistoryEntry;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.refusal.StaleVersion;
import org.opensor.registry.api.registration.RegistrationPolicy;
import org.opensor.registry.api.statute.LibraryEntry;
import org.opensor.registry.api.statute.Offence;
import org.opensor.registry.api.statute.Statutes;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.support.outbox.Outbox;

/** The use cases on an in-memory repository: every write is one new version, one history entry and one event, or nothing. */
class RegistrantServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final InMemoryRegistrants registrants = new InMemoryRegistrants();
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<Outbox.Event> outbox = new ArrayList<>();
    private final RegistrantService service = new RegistrantService(
            registrants,
            new InMemoryHistory(history),
            new NoStatutes(),
            RegistrationPolicy.defaults(),
            (topic, key, type, at, payload) -> outbox.add(new Outbox.Event(topic, key, type, at, payload)),
            new RegistrantEventMapperImpl(),
            (subjectId, registrantId, release, takesEffectOn, actor) -> {},
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aRegistrationIsVersionOneWithItsHistoryEntryAndItsEvent() {
        Registrant registered =
                service.register(Identity.named("SOK", "Sokha", Sex.MALE), false, "Judgment 7/2026", "clerk");

        assertThat(registered.version()).isEqualTo(1);
        assertThat(registrants.find(registered.id())).contains(registered);
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(ChangeKind.REGISTERED.name());
            assertThat(entry.actor()).isEqualTo("clerk");
        });
        assertThat(outbox).singleElement().satisfies(event -> {
            assertThat(event.topic()).isEqualTo(Topics.REGISTRANTS);
            assertThat(event.key()).isEqualTo(registered.id().toString());
            assertThat(event.eventType()).isEqualTo(RegistrantEventTypes.REGISTERED_V1);
            assertThat(((RegistrantStateV1) event.payload()).version()).isEqualTo(1);
        });
    }

    @Test
    void aPossibleDuplicateIsRefusedUntilTheClerkConfirmsADifferentPerson() {
        Registrant first = service.register(Identity.named("SOK", "Sokha", Sex.MALE), false, null, "clerk");

        assertThatThrownBy(() -> service.register(Identity.named("Sokha", "Sok", Sex.MALE), false, null, "clerk"))
                .isInstanceOf(PossibleDuplicate.class);
        assertThat(registrants.size()).isOne();

        service.register(Identity.named("Sokha", "Sok", Sex.MALE), true, "another man", "clerk");
        assertThat(history.getLast().reason())
                .startsWith("another man")
                .contains(first.id().value().toString());
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedAndNothingIsWritten() {
        Registrant registered = service.register(Identity.named("SOK", "Sokha", Sex.MALE), false, null, "clerk");

        assertThatThrownBy(() -> service.changeIdentity(
                        registered.id(), 7L, Identity.named("SOK", "Sokhar", Sex.MALE), null, "clerk"))
                .isInstanceOf(StaleVersion.class);
        assertThat(registrants.find(registered.id())).contains(registered);
        assertThat(history).hasSize(1);
        assertThat(outbox).hasSize(1);
    }

    @Test
    void anIdentityChangeIsTheNextVersionWithItsEventAndNoDifferenceIsNoChange() {
        Registrant registered = service.register(Identity.named("SOK", "Sokha", Sex.MALE), false, null, "clerk");

        Registrant same =
                service.changeIdentity(registered.id(), 1L, Identity.named("SOK", "Sokha", Sex.MALE), null, "clerk");
        Registrant changed =
                service.changeIdentity(registered.id(), 1L, Identity.named("SOK", "Sokhar", Sex.MALE), "typo", "clerk");

        assertThat(same).isEqualTo(registered);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(history).extracting(HistoryEntry::action).containsExactly("REGISTERED", "IDENTITY_CHANGED");
        assertThat(outbox)
                .extracting(Outbox.Event::eventType)
                .containsExactly(RegistrantEventTypes.REGISTERED_V1, RegistrantEventTypes.IDENTITY_CHANGED_V1);
    }

    @Test
    void aChangeToNoOneIsNotFound() {
        assertThatThrownBy(() -> service.changeIdentity(
                        RegistrantId.random(), null, Identity.named("SOK", "Sokha", Sex.MALE), null, "clerk"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.history(new RegistrantId(UUID.randomUUID())))
                .isInstanceOf(NotFound.class);
    }

    private static final class NoStatutes implements Statutes {

        @Override
        public Optional<Offence> find(String id) {
            return Optional.empty();
        }

        @Override
        public List<Offence> all() {
            return List.of();
        }

        @Override
        public Optional<LibraryEntry> entry(String id) {
            return Optional.empty();
        }

        @Override
        public List<LibraryEntry> entries() {
            return List.of();
        }
    }

    private record InMemoryHistory(List<HistoryEntry> entries) implements History {

        @Override
        public void append(HistoryEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<HistoryEntry> of(UUID registrantId) {
            return entries.stream()
                    .filter(e -> e.registrantId().equals(registrantId))
                    .toList();
        }
    }
}
