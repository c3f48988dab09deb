package org.opensor.registry.api.travel.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.registrant.DocumentType;
import org.opensor.registry.api.travel.TravelLeg;
import org.opensor.registry.api.travel.TravelNotice;
import org.opensor.registry.api.travel.TravelNoticeState;
import org.opensor.registry.api.travel.TravelNotices;
import org.opensor.registry.api.travel.TravelPlan;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Travel notices in PostgreSQL; the legs are stored as JSON in the shape of the event contract's legs. */
@Repository
class JdbcTravelNotices implements TravelNotices {

    private final JdbcClient jdbc;

    JdbcTravelNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(TravelNotice n) {
        jdbc.sql("""
                insert into registry.travel_notice (id, registrant_id, version, state, departure_date, return_date, departure_point, legs,
                    purpose, document_type, document_number, address_abroad, late, declared_by, declared_at, updated_by, updated_at,
                    cancelled_reason, cancelled_at)
                values (:id, :registrantId, :version, :state, :departureDate, :returnDate, :departurePoint, cast(:legs as jsonb),
                    :purpose, :documentType, :documentNumber, :addressAbroad, :late, :declaredBy, :declaredAt, :updatedBy, :updatedAt,
                    :cancelledReason, :cancelledAt)
                """).params(params(n)).update();
    }

    @Override
    public void update(TravelNotice n) {
        jdbc.sql("""
                update registry.travel_notice set version = :version, state = :state, departure_date = :departureDate,
                    return_date = :returnDate, departure_point = :departurePoint, legs = cast(:legs as jsonb), purpose = :purpose,
                    document_type = :documentType, document_number = :documentNumber, address_abroad = :addressAbroad, late = :late,
                    updated_by = :updatedBy, updated_at = :updatedAt, cancelled_reason = :cancelledReason, cancelled_at = :cancelledAt
                where id = :id
                """).params(params(n)).update();
    }

    @Override
    public Optional<TravelNotice> find(UUID registrantId, UUID noticeId) {
        return jdbc.sql("select * from registry.travel_notice where id = :id and registrant_id = :registrantId")
                .param("id", noticeId)
                .param("registrantId", registrantId)
                .query(JdbcTravelNotices::row)
                .optional();
    }

    @Override
    public List<TravelNotice> of(UUID registrantId, int page, int size) {
        return jdbc.sql("""
                select * from registry.travel_notice where registrant_id = :registrantId
                order by departure_date desc, declared_at desc limit :limit offset :offset
                """)
                .param("registrantId", registrantId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcTravelNotices::row)
                .list();
    }

    @Override
    public long count(UUID registrantId) {
        return jdbc.sql("select count(*) from registry.travel_notice where registrant_id = :registrantId")
                .param("registrantId", registrantId)
                .query(Long.class)
                .single();
    }

    private static java.util.Map<String, Object> params(TravelNotice n) {
        TravelPlan p = n.plan();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", n.id());
        params.put("registrantId", n.registrantId());
        params.put("version", n.version());
        params.put("state", n.state().name());
        params.put("departureDate", Date.valueOf(p.departureDate()));
        params.put("returnDate", p.returnDate() == null ? null : Date.valueOf(p.returnDate()));
        params.put("departurePoint", p.departurePoint());
        params.put(
                "legs",
                new String(
                        EventCodec.write(p.legs().stream()
                                .map(l -> new TravelNoticeDeclaredV1.Leg(
                                        l.country().code(), l.pointOfArrival(), l.carrier(), l.arrivalDate()))
                                .toList()),
                        StandardCharsets.UTF_8));
        params.put("purpose", p.purpose());
        params.put("documentType", p.documentType().name());
        params.put("documentNumber", p.documentNumber());
        params.put("addressAbroad", p.addressAbroad());
        params.put("late", n.late());
        params.put("declaredBy", n.declaredBy());
        params.put("declaredAt", Timestamp.from(n.declaredAt()));
        params.put("updatedBy", n.updatedBy());
        params.put("updatedAt", Timestamp.from(n.updatedAt()));
        params.put("cancelledReason", n.cancellationReason());
        params.put("cancelledAt", n.cancelledAt() == null ? null : Timestamp.from(n.cancelledAt()));
        return params;
    }

    private static TravelNotice row(ResultSet rs, int n) throws SQLException {
        List<TravelLeg> legs = Arrays.stream(EventCodec.read(
                        rs.getString("legs").getBytes(StandardCharsets.UTF_8), TravelNoticeDeclaredV1.Leg[].class))
                .map(l -> new TravelLeg(new CountryCode(l.country()), l.pointOfArrival(), l.carrier(), l.arrivalDate()))
                .toList();
        TravelPlan plan = new TravelPlan(
                rs.getObject("departure_date", LocalDate.class),
                rs.getObject("return_date", LocalDate.class),
                rs.getString("departure_point"),
                legs,
                rs.getString("purpose"),
                DocumentType.valueOf(rs.getString("document_type")),
                rs.getString("document_number"),
                rs.getString("address_abroad"));
        return new TravelNotice(
                rs.getObject("id", UUID.class),
                rs.getObject("registrant_id", UUID.class),
                rs.getLong("version"),
                TravelNoticeState.valueOf(rs.getString("state")),
                plan,
                rs.getBoolean("late"),
                rs.getString("declared_by"),
                instant(rs, "declared_at"),
                rs.getString("updated_by"),
                instant(rs, "updated_at"),
                rs.getString("cancelled_reason"),
                instant(rs, "cancelled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
