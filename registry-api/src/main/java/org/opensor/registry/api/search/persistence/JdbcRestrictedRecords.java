package org.opensor.registry.api.search.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.opensor.registry.api.search.RestrictedRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Restrictions as the registry administrator sets them ({@code registry.registrant_restriction}). */
@Repository
class JdbcRestrictedRecords implements RestrictedRecords {

    private final JdbcClient jdbc;

    JdbcRestrictedRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> hiddenFrom(String unit, Collection<String> registrantIds) {
        if (registrantIds.isEmpty()) {
            return Set.of();
        }
        UUID[] ids = registrantIds.stream().map(UUID::fromString).toArray(UUID[]::new);
        List<String> hidden = jdbc.sql("""
                        select registrant_id::text from registry.registrant_restriction
                        where registrant_id = any(:ids)
                        group by registrant_id
                        having not coalesce(bool_or(unit = :unit), false)
                        """)
                .param("ids", ids).param("unit", unit).query(String.class).list();
        return new HashSet<>(hidden);
    }
}
