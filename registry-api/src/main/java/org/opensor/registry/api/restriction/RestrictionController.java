package org.opensor.registry.api.restriction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.rules.NotFound;
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
 * protected witness case, an undercover operation); everyone else then gets 403, and the attempt is audited.
 */
@RestController
@RequestMapping("/api/v1/registrants/{id}/restriction")
class RestrictionController {

    record Restriction(@NotEmpty @jakarta.validation.constraints.Size(max = 20) List<@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 64) String> units) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    RestrictionController(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PutMapping
    @Transactional
    ResponseEntity<Restriction> restrict(@PathVariable UUID id, @Valid @RequestBody Restriction body, Principal admin) {
        requireRegistrant(id);
        jdbc.sql("delete from registry.registrant_restriction where registrant_id = :id").param("id", id).update();
        for (String unit : body.units().stream().map(String::strip).distinct().toList()) {
            jdbc.sql("insert into registry.registrant_restriction (registrant_id, unit, set_by, set_at) values (:id, :unit, :by, :at)")
                    .param("id", id).param("unit", unit).param("by", admin.getName()).param("at", Timestamp.from(clock.instant())).update();
        }
        return ResponseEntity.ok(body);
    }

    @DeleteMapping
    @Transactional
    ResponseEntity<Void> lift(@PathVariable UUID id) {
        requireRegistrant(id);
        jdbc.sql("delete from registry.registrant_restriction where registrant_id = :id").param("id", id).update();
        return ResponseEntity.noContent().build();
    }

    /** A restriction on an id that names nobody would hide nothing and mislead the administrator: 404. */
    private void requireRegistrant(UUID id) {
        if (!jdbc.sql("select exists (select 1 from registry.registrant where id = :id)").param("id", id).query(Boolean.class).single()) {
            throw new NotFound("No registrant with id " + id + ".");
        }
    }
}
