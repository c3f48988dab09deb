package org.opensor.registry.api.deportation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.deportation.DeportationOrder;
import org.opensor.registry.api.deportation.DeportationOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deportation orders in {@code registry.deportation_order}. */
@Repository
class JdbcDeportationOrders implements DeportationOrders {

    private final JdbcClient jdbc;

    JdbcDeportationOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(DeportationOrder o) {
        DeportationOrder.Itinerary it = o.itinerary();
        jdbc.sql("""
                insert into registry.deportation_order (id, registrant_id, order_reference, ordered_on, due_by, rationale, departure_date,
                    border_post, carrier, destination, state, recorded_by, recorded_at)
                values (:id, :registrant, :reference, :orderedOn, :dueBy, :rationale, :departureDate, :borderPost, :carrier, :destination,
                    :state, :recordedBy, :recordedAt)""")
                .param("id", o.id())
                .param("registrant", o.registrantId())
                .param("reference", o.orderReference())
                .param("orderedOn", o.orderedOn())
                .param("dueBy", o.dueBy())
                .param("rationale", o.rationale())
                .param("departureDate", it == null ? null : it.departureDate())
                .param("borderPost", it == null ? null : it.borderPost())
                .param("carrier", it == null ? null : it.carrier())
                .param("destination", it == null ? null : it.destination())
                .param("state", o.state().name())
                .param("recordedBy", o.recordedBy())
                .param("recordedAt", Timestamp.from(o.recordedAt()))
                .update();
    }

    @Override
    public List<DeportationOrder> of(UUID registrantId) {
        return jdbc.sql("select * from registry.deportation_order where registrant_id = :id order by recorded_at desc")
                .param("id", registrantId)
                .query(JdbcDeportationOrders::order)
                .list();
    }

    @Override
    public int closeThoseSeenLeaving(Instant now) {
        return jdbc.sql("""
                update registry.deportation_order o set state = 'EXECUTED', exit_seen_at = c.observed_at
                from (select o2.id, min(c2.observed_at) observed_at from registry.deportation_order o2
                      join registry.border_crossing c2 on c2.registrant_id = o2.registrant_id and c2.direction = 'DEPARTURE'
                           and c2.match_band = 'STRONG' and c2.observed_at >= cast(o2.ordered_on as timestamp) at time zone 'UTC'
                      where o2.state in ('OPEN', 'OVERDUE') group by o2.id) c
                where o.id = c.id""").update();
    }

    @Override
    public List<DeportationOrder> markOverdue(LocalDate today) {
        return jdbc.sql("""
                update registry.deportation_order set state = 'OVERDUE' where state = 'OPEN' and due_by < :today
                returning *""")
                .param("today", today)
                .query(JdbcDeportationOrders::order)
                .list();
    }

    @Override
    public List<String> nationalitiesOf(UUID registrantId) {
        return jdbc.sql("select unnest(nationalities) from registry.registrant where id = :id")
                .param("id", registrantId)
                .query(String.class)
                .list();
    }

    private static DeportationOrder order(ResultSet rs, int row) throws SQLException {
        LocalDate departure = rs.getObject("departure_date", LocalDate.class);
        Timestamp exit = rs.getTimestamp("exit_seen_at");
        return new DeportationOrder(
                rs.getObject("id", UUID.class),
                rs.getObject("registrant_id", UUID.class),
                rs.getString("order_reference"),
                rs.getObject("ordered_on", LocalDate.class),
                rs.getObject("due_by", LocalDate.class),
                rs.getString("rationale"),
                departure == null
                        ? null
                        : new DeportationOrder.Itinerary(
                                departure,
                                rs.getString("border_post"),
                                rs.getString("carrier"),
                                rs.getString("destination")),
                DeportationOrder.State.valueOf(rs.getString("state")),
                exit == null ? null : exit.toInstant(),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
