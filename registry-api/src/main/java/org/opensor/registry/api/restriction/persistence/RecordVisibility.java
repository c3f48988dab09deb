package org.opensor.registry.api.restriction.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.opensor.registry.api.refusal.NotFound;
import org.opensor.registry.api.restriction.RecordRestricted;
import org.opensor.registry.api.restriction.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule for records restricted to named units ({@code registry.registrant_restriction}): a restricted
 * registrant is visible to callers of those units only. Every read path goes through here: list queries embed
 * {@link #visibleTo(String)} in their SQL (so that counts and pages stay right), per-record reads ask
 * {@link #mayRead}, and searches ask {@link #restrictingUnits} for the hits they found. A de-registered (withdrawn)
 * record is visible to nobody on these paths: only the auditor's own endpoint reads it.
 */
@Component
public class RecordVisibility {

    /** The named parameter {@link #visibleTo(String)} needs: the viewer's {@link Viewer#unit()}. */
    public static final String UNIT_PARAMETER = "visibilityUnit";

    private final JdbcClient jdbc;

    RecordVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An SQL condition, true when the registrant whose id is in {@code registrantIdColumn} is not restricted or is
     * restricted to the viewer's unit; needs the parameter {@link #UNIT_PARAMETER}.
     */
    public static String visibleTo(String registrantIdColumn) {
        return "(" + notWithdrawn(registrantIdColumn)
                + ") and (not exists (select 1 from registry.registrant_restriction r where r.registrant_id = "
                + registrantIdColumn + ")"
                + " or exists (select 1 from registry.registrant_restriction r where r.registrant_id = "
                + registrantIdColumn
                + " and r.unit = cast(:" + UNIT_PARAMETER + " as text)))";
    }

    /** An SQL condition, true unless an approved de-registration withdrew the registrant in {@code registrantIdColumn}. */
    public static String notWithdrawn(String registrantIdColumn) {
        return "not exists (select 1 from registry.deregistration w where w.registrant_id = " + registrantIdColumn
                + " and w.state = 'APPROVED')";
    }

    /** Whether {@code viewer} may see registrant {@code registrantId}. */
    public boolean mayRead(Viewer viewer, UUID registrantId) {
        return jdbc.sql("select " + visibleTo("cast(:id as uuid)"))
                .param("id", registrantId)
                .param(UNIT_PARAMETER, viewer.unit())
                .query(Boolean.class)
                .single();
    }

    /**
     * @throws NotFound when the record was withdrawn by a de-registration (it is not there for anyone but the auditor)
     * @throws RecordRestricted when {@code viewer} may not see registrant {@code registrantId}
     */
    public void checkRead(Viewer viewer, UUID registrantId) {
        if (!withdrawn(List.of(registrantId)).isEmpty()) {
            throw new NotFound("No registrant with id " + registrantId + ".");
        }
        if (!mayRead(viewer, registrantId)) {
            throw new RecordRestricted();
        }
    }

    /** Those of {@code registrantIds} that an approved de-registration withdrew from every read path. */
    public Set<UUID> withdrawn(Collection<UUID> registrantIds) {
        if (registrantIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql(
                        "select registrant_id from registry.deregistration where state = 'APPROVED' and registrant_id = any(:ids)")
                .param("ids", registrantIds.stream().distinct().toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }

    /**
     * What a search must leave out or withhold among {@code registrantIds} (UUIDs as text), in one round trip: the
     * restricting units of each restricted one, sorted, and the withdrawn ones. The ids travel as one text joined by
     * commas: a search asks about a hundred candidates, and binding them as a {@code uuid[]} parameter formatted and
     * escaped each one character by character, twice, which cost the search more than the query.
     */
    public Hidden hiddenAmong(Collection<String> registrantIds) {
        if (registrantIds.isEmpty()) {
            return new Hidden(Map.of(), Set.of());
        }
        Map<String, List<String>> units = new TreeMap<>();
        Set<String> withdrawn = new HashSet<>();
        jdbc.sql("""
                        with asked as (select cast(string_to_array(:ids, ',') as uuid[]) as ids)
                        select r.registrant_id::text as id, r.unit from registry.registrant_restriction r, asked
                         where r.registrant_id = any(asked.ids)
                        union all
                        select w.registrant_id::text, null from registry.deregistration w, asked
                         where w.state = 'APPROVED' and w.registrant_id = any(asked.ids)
                        order by 1, 2
                        """)
                .param("ids", String.join(",", registrantIds))
                .query((rs, n) -> {
                    String unit = rs.getString("unit");
                    if (unit == null) {
                        withdrawn.add(rs.getString("id"));
                    } else {
                        units.computeIfAbsent(rs.getString("id"), k -> new ArrayList<>())
                                .add(unit);
                    }
                    return unit;
                })
                .list();
        return new Hidden(units, withdrawn);
    }

    /**
     * @param restrictedTo the units each restricted registrant is restricted to, sorted
     * @param withdrawn    the registrants an approved de-registration withdrew
     */
    public record Hidden(Map<String, List<String>> restrictedTo, Set<String> withdrawn) {}

    /** The units each restricted registrant among {@code registrantIds} is restricted to, sorted; unrestricted ones are absent. */
    public Map<UUID, List<String>> restrictingUnits(Collection<UUID> registrantIds) {
        if (registrantIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> units = new TreeMap<>();
        jdbc.sql(
                        "select registrant_id, unit from registry.registrant_restriction where registrant_id = any(:ids) order by registrant_id, unit")
                .param("ids", registrantIds.stream().distinct().toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("registrant_id", UUID.class), rs.getString("unit")))
                .list()
                .forEach(row -> units.computeIfAbsent(row.getKey(), k -> new ArrayList<>())
                        .add(row.getValue()));
        return units;
    }
}
