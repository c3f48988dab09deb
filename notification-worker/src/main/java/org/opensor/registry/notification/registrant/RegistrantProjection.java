package org.opensor.registry.notification.registrant;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.notification.rules.RegistrantFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The worker's own view of registrants ({@code notification.registrant_fact}): the highest version wins. */
@Repository
public class RegistrantProjection {

    private final JdbcClient jdbc;

    RegistrantProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outcome of applying one state: what was known before, and whether this state was newer. */
    public record Applied(RegistrantFacts before, boolean newer) {}

    public Optional<RegistrantFacts> find(UUID registrantId) {
        return Optional.ofNullable(findAll(List.of(registrantId)).get(registrantId));
    }

    /** The known facts of these registrants, in one query (the travel intake asks for a whole poll's at once). */
    public Map<UUID, RegistrantFacts> findAll(Collection<UUID> registrantIds) {
        return jdbc
                .sql("""
                select registrant_id, family_name, given_names, nationalities, custody_status, residence_country, residence_district
                from notification.registrant_fact where registrant_id = any(cast(:ids as uuid[]))
                """)
                .param("ids", registrantIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> new RegistrantFacts(
                        rs.getObject("registrant_id", UUID.class),
                        rs.getString("family_name"),
                        rs.getString("given_names"),
                        strings(rs.getArray("nationalities")),
                        custodyStatus(rs.getString("custody_status")),
                        rs.getString("residence_country"),
                        rs.getString("residence_district")))
                .list()
                .stream()
                .collect(Collectors.toMap(RegistrantFacts::registrantId, Function.identity()));
    }

    /** Stores the facts if their version is newer than the stored one; call inside the intake's transaction. */
    public Applied apply(RegistrantFacts facts, long version, Instant at) {
        // One registrant's events come in order from one partition: no concurrent writer to guard against here.
        RegistrantFacts before = find(facts.registrantId()).orElse(null);
        int changed = jdbc.sql("""
                insert into notification.registrant_fact (registrant_id, version, family_name, given_names, nationalities,
                    custody_status, residence_country, residence_district, updated_at)
                values (:id, :version, :family, :given, :nationalities, :custody, :country, :district, :at)
                on conflict (registrant_id) do update set version = excluded.version, family_name = excluded.family_name,
                    given_names = excluded.given_names, nationalities = excluded.nationalities, custody_status = excluded.custody_status,
                    residence_country = excluded.residence_country, residence_district = excluded.residence_district, updated_at = excluded.updated_at
                where notification.registrant_fact.version < excluded.version
                """)
                .param("id", facts.registrantId())
                .param("version", version)
                .param("family", facts.familyName())
                .param("given", facts.givenNames())
                .param("nationalities", facts.nationalities().toArray(String[]::new))
                .param(
                        "custody",
                        facts.custodyStatus() == null
                                ? null
                                : facts.custodyStatus().name())
                .param("country", facts.residenceCountry())
                .param("district", facts.residenceDistrict())
                .param("at", Timestamp.from(at))
                .update();
        return new Applied(before, changed == 1);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static CustodyStatusV1 custodyStatus(String stored) {
        return stored == null ? null : CustodyStatusV1.of(stored);
    }
}
