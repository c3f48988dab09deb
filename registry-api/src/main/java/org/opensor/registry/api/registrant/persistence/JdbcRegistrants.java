package org.opensor.registry.api.registrant.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.opensor.registry.api.registrant.Nationality;
import org.opensor.registry.api.registrant.PartialDate;
import org.opensor.registry.api.registrant.PersonName;
import org.opensor.registry.api.registrant.Registrant;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.Registrants;
import org.opensor.registry.api.registrant.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registrants in PostgreSQL ({@code registry.registrant}), through plain SQL. */
@Repository
class JdbcRegistrants implements Registrants {

    private final JdbcClient jdbc;

    JdbcRegistrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Registrant r) {
        jdbc.sql("""
                insert into registry.registrant (id, version, family_name, given_names, original_script_name, date_of_birth,
                                                 sex, nationalities, created_at, created_by, updated_at)
                values (:id, :version, :family, :given, :script, :dob, :sex, :nationalities, :createdAt, :createdBy, :updatedAt)
                """)
                .param("id", r.id().value())
                .param("version", r.version())
                .param("family", r.name().family())
                .param("given", r.name().given())
                .param("script", r.name().originalScript())
                .param("dob", r.dateOfBirth() == null ? null : r.dateOfBirth().toString())
                .param("sex", r.sex().name())
                .param("nationalities", r.nationalities().stream().map(Nationality::code).toArray(String[]::new))
                .param("createdAt", Timestamp.from(r.createdAt()))
                .param("createdBy", r.createdBy())
                .param("updatedAt", Timestamp.from(r.updatedAt()))
                .update();
    }

    @Override
    public Optional<Registrant> find(RegistrantId id) {
        return jdbc.sql("select * from registry.registrant where id = :id").param("id", id.value())
                .query((rs, n) -> map(rs)).optional();
    }

    private static Registrant map(ResultSet rs) throws SQLException {
        String dob = rs.getString("date_of_birth");
        Array nationalities = rs.getArray("nationalities");
        return new Registrant(
                new RegistrantId(rs.getObject("id", java.util.UUID.class)),
                rs.getLong("version"),
                new PersonName(rs.getString("family_name"), rs.getString("given_names"), rs.getString("original_script_name")),
                // stored values passed validation when written; LocalDate.MAX only disables the future check
                dob == null ? null : PartialDate.parse(dob, "dateOfBirth", LocalDate.MAX),
                Sex.valueOf(rs.getString("sex")),
                Arrays.stream((String[]) nationalities.getArray()).map(Nationality::new).toList(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
