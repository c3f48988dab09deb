package org.opensor.registry.api.alert.persistence;

import java.util.UUID;
import org.opensor.registry.api.alert.AlertChanges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces alert changes with PostgreSQL's NOTIFY, which every instance shares the database for and which is sent
 * only when the transaction commits (nothing for a rolled-back change), once per alert however often the
 * transaction names it. The payload is the alert id alone: it passes through the database server, and personal
 * data has no business there. {@link PostgresAlertChangeListener} hears it on each instance.
 */
@Component
class PostgresAlertChanges implements AlertChanges {

    /** The NOTIFY channel; a plain identifier, so LISTEN can name it without quoting. */
    static final String CHANNEL = "registry_alert_changed";

    private final JdbcClient jdbc;

    PostgresAlertChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void announce(UUID alertId) {
        // pg_notify returns void: read and drop its one row.
        jdbc.sql("select pg_notify(:channel, :alertId)")
                .param("channel", CHANNEL)
                .param("alertId", alertId.toString())
                .query(row -> {});
    }
}
