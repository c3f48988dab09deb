package org.opensor.registry.api.restriction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.history.History;
import org.opensor.registry.api.history.HistoryEntry;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantTopicKeys;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricts a record to named units (a protected witness case, an undercover operation) or lifts the restriction;
 * like every other write of a record, each change is kept in the registrant's history and published on the
 * registrant topic ({@link RecordRestrictionChangedV1}) through the outbox of the same transaction.
 */
@Service
public class RestrictionService {

    private final Restrictions restrictions;
    private final History history;
    private final Outbox outbox;
    private final Clock clock;

    RestrictionService(Restrictions restrictions, History history, Outbox outbox, Clock clock) {
        this.restrictions = restrictions;
        this.history = history;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Restricts the record to {@code units} (stripped, duplicates dropped), replacing any earlier restriction.
     *
     * @throws NotFound when no registrant has this id: a restriction that hides nothing would mislead
     */
    @Transactional
    public List<String> restrict(UUID registrantId, List<String> units, String actor) {
        List<String> restrictedTo = units.stream().map(String::strip).distinct().toList();
        change(registrantId, restrictedTo, actor, "RECORD_RESTRICTED", "Record restricted to named units");
        return restrictedTo;
    }

    /** @throws NotFound when no registrant has this id */
    @Transactional
    public void lift(UUID registrantId, String actor) {
        change(registrantId, List.of(), actor, "RESTRICTION_LIFTED", "Restriction lifted");
    }

    private void change(UUID registrantId, List<String> units, String actor, String action, String summary) {
        long version = restrictions
                .lockRegistrant(registrantId)
                .orElseThrow(() -> new NotFound("No registrant with id " + registrantId + "."));
        List<String> before = restrictions.unitsOf(registrantId);
        Instant now = clock.instant();
        restrictions.replace(registrantId, units, actor, now);
        history.append(new HistoryEntry(
                registrantId,
                version,
                now,
                actor,
                action,
                null,
                summary,
                List.of(new FieldChange("restrictedToUnits", text(before), text(units)))));
        // The notification worker learns of the change from the registrant topic, committed with it.
        outbox.append(
                Topics.REGISTRANTS,
                RegistrantTopicKeys.restriction(registrantId),
                RegistrantEventTypes.RESTRICTION_CHANGED_V1,
                now,
                new RecordRestrictionChangedV1(registrantId, units, actor, now));
    }

    private static String text(List<String> units) {
        return units.isEmpty()
                ? null
                : String.join(", ", units.stream().sorted().toList());
    }
}
