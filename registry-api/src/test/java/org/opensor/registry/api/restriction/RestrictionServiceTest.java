package org.opensor.registry.api.restriction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.history.History;
import org.opensor.registry.api.history.HistoryEntry;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.support.outbox.Outbox;

/** A restriction is written like every other change of a record: the rows, one history entry and one event. */
class RestrictionServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private final UUID registrant = UUID.randomUUID();
    private final Map<UUID, Long> versions = new HashMap<>(Map.of(registrant, 4L));
    private final Map<UUID, List<String>> stored = new HashMap<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<Outbox.Event> outbox = new ArrayList<>();
    private final RestrictionService service = new RestrictionService(
            new InMemoryRestrictions(),
            new History() {
                @Override
                public void append(HistoryEntry entry) {
                    history.add(entry);
                }

                @Override
                public List<HistoryEntry> of(UUID registrantId) {
                    return history.stream()
                            .filter(e -> e.registrantId().equals(registrantId))
                            .toList();
                }
            },
            (topic, key, type, at, payload) -> outbox.add(new Outbox.Event(topic, key, type, at, payload)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aRestrictionIsStoredKeptInTheHistoryAndPublished() {
        List<String> units = service.restrict(registrant, List.of(" UNIT-B ", "UNIT-A", "UNIT-B"), "admin");

        assertThat(units).containsExactly("UNIT-B", "UNIT-A");
        assertThat(stored.get(registrant)).containsExactly("UNIT-B", "UNIT-A");
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("RECORD_RESTRICTED");
            assertThat(entry.version())
                    .as("a restriction is no new version of the record")
                    .isEqualTo(4);
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.changes()).containsExactly(new FieldChange("restrictedToUnits", null, "UNIT-A, UNIT-B"));
        });
        assertThat(outbox).singleElement().satisfies(event -> {
            assertThat(event.topic()).isEqualTo(Topics.REGISTRANTS);
            assertThat(event.key()).isEqualTo(registrant + ":restriction");
            assertThat(event.eventType()).isEqualTo(RegistrantEventTypes.RESTRICTION_CHANGED_V1);
            assertThat(((RecordRestrictionChangedV1) event.payload()).restrictedToUnits())
                    .containsExactly("UNIT-B", "UNIT-A");
        });
    }

    @Test
    void aLiftedRestrictionIsKeptInTheHistoryAndPublishedWithoutUnits() {
        service.restrict(registrant, List.of("UNIT-A"), "admin");

        service.lift(registrant, "admin");

        assertThat(stored.get(registrant)).isEmpty();
        assertThat(history.getLast().action()).isEqualTo("RESTRICTION_LIFTED");
        assertThat(history.getLast().changes()).containsExactly(new FieldChange("restrictedToUnits", "UNIT-A", null));
        assertThat(((RecordRestrictionChangedV1) outbox.getLast().payload()).restrictedToUnits())
                .isEmpty();
    }

    @Test
    void aRestrictionOfNobodyIsRefusedAndNothingIsWritten() {
        UUID nobody = UUID.randomUUID();

        assertThatThrownBy(() -> service.restrict(nobody, List.of("UNIT-A"), "admin"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.lift(nobody, "admin")).isInstanceOf(NotFound.class);
        assertThat(stored).isEmpty();
        assertThat(history).isEmpty();
        assertThat(outbox).isEmpty();
    }

    private final class InMemoryRestrictions implements Restrictions {

        @Override
        public OptionalLong lockRegistrant(UUID registrantId) {
            Long version = versions.get(registrantId);
            return version == null ? OptionalLong.empty() : OptionalLong.of(version);
        }

        @Override
        public List<String> unitsOf(UUID registrantId) {
            return stored.getOrDefault(registrantId, List.of()).stream()
                    .sorted()
                    .toList();
        }

        @Override
        public void replace(UUID registrantId, List<String> units, String setBy, Instant setAt) {
            stored.put(registrantId, List.copyOf(units));
        }
    }
}
