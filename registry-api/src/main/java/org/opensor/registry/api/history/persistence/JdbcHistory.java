package org.opensor.registry.api.history.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.history.History;
import org.opensor.registry.api.history.HistoryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** History in {@code registry.history_entry}: insert only; the table refuses updates and deletes (V2 trigger). */
@Repository
class JdbcHistory implements History {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    JdbcHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(HistoryEntry entry) {
        jdbc.sql("""
                insert into registry.history_entry (registrant_id, version, at, actor, action, reason, summary, changes)
                values (:id, :version, :at, :actor, :action, :reason, :summary, cast(:changes as jsonb))
                """)
                .param("id", entry.registrantId())
                .param("version", entry.version())
                .param("at", Timestamp.from(entry.at()))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("reason", entry.reason())
                .param("summary", entry.summary())
                .param("changes", JSON.writeValueAsString(entry.changes()))
                .update();
    }

    @Override
    public List<HistoryEntry> of(UUID registrantId) {
        return jdbc.sql("select * from registry.history_entry where registrant_id = :id order by version, position")
                .param("id", registrantId)
                .query((rs, n) -> new HistoryEntry(
                        rs.getObject("registrant_id", UUID.class),
                        rs.getLong("version"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("reason"),
                        rs.getString("summary"),
                        JSON.readValue(rs.getString("changes"), CHANGES)))
                .list();
    }
}
