package org.opensor.registry.api.restriction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.rules.NotFound;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.registrant.RecordRestrictionChangedV1;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/registrants/{id}/restriction}: the administrator restricts a record to named units (a
 * protected witness case, an undercover operation); everyone else then gets 403, and the attempt is audited. Each
 * change is published on the registrant topic ({@link RecordRestrictionChangedV1}) in its own transaction's outbox.
 */
@RestController
@RequestMapping("/api/v1/registrants/{id}/restriction")
class RestrictionController {

    record Restriction(
            @NotEmpty @jakarta.validation.constraints.Size(max = 20)
            List<@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 64) String>
                    units) {}

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    RestrictionController(JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    @PutMapping
    @Transactional
    ResponseEntity<Restriction> restrict(@PathVariable UUID id, @Valid @RequestBody Restriction body, Principal admin) {
        requireRegistrant(id);
        Instant now = clock.instant();
        List<String> units = body.units().stream().map(String::strip).distinct().toList();
        jdbc.sql("delete from registry.registrant_restriction where registrant_id = :id")
                .param("id", id)
                .update();
        for (String unit : units) {
            jdbc.sql(
                            "insert into registry.registrant_restriction (registrant_id, unit, set_by, set_at) values (:id, :unit, :by, :at)")
                    .param("id", id)
                    .param("unit", unit)
                    .param("by", admin.getName())
                    .param("at", Timestamp.from(now))
                    .update();
        }
        published(id, units, admin, now);
        return ResponseEntity.ok(body);
    }

    @DeleteMapping
    @Transactional
    ResponseEntity<Void> lift(@PathVariable UUID id, Principal admin) {
        requireRegistrant(id);
        jdbc.sql("delete from registry.registrant_restriction where registrant_id = :id")
                .param("id", id)
                .update();
        published(id, List.of(), admin, clock.instant());
        return ResponseEntity.noContent().build();
    }

    /** The notification worker learns of the change from the registrant topic, committed with it (outbox). */
    private void published(UUID id, List<String> units, Principal admin, Instant at) {
        outbox.append(
                Topics.REGISTRANTS,
                id.toString(),
                RegistrantEventTypes.RESTRICTION_CHANGED_V1,
                at,
                new RecordRestrictionChangedV1(id, units, admin.getName(), at));
    }

    /** A restriction on an id that names nobody would hide nothing and mislead the administrator: 404. */
    private void requireRegistrant(UUID id) {
        if (!jdbc.sql("select exists (select 1 from registry.registrant where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single()) {
            throw new NotFound("No registrant with id " + id + ".");
        }
    }
}
