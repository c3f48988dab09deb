package org.opensor.registry.chaos;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.opensor.registry.stack.ElasticsearchAccess;
import org.opensor.registry.stack.ElasticsearchServer;

/**
 * What must hold after every fault, checked in the stores themselves once the system had time to settle: every
 * accepted write in PostgreSQL, the index and the worker; one alert per triggering event and rule; no escalation
 * twice; one body per webhook id; no delivery stuck past its lease; the audit chain intact.
 */
final class Invariants {

    /** One check: its name and, when it failed, what was found. */
    record Check(String name, boolean held, String found) {}

    private final String jdbcUrl;
    private final Properties login;
    private final List<ElasticsearchServer> elasticsearchNodes;

    /** @param elasticsearchNodes asked in turn, as the read-only registry-api user, which writes the index holds */
    Invariants(String jdbcUrl, String user, String password, List<ElasticsearchServer> elasticsearchNodes) {
        this.jdbcUrl = jdbcUrl;
        this.login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        this.elasticsearchNodes = elasticsearchNodes;
    }

    /** Waits up to {@code settle} for the writes to reach every store, then checks everything once. */
    List<Check> check(List<MixedLoad.Written> written, WebhookReceiver receiver, RegistryClient api, Duration settle)
            throws Exception {
        List<UUID> registrants =
                written.stream().map(w -> UUID.fromString(w.registrantId())).toList();
        List<UUID> notices = written.stream()
                .filter(w -> w.noticeId() != null)
                .map(w -> UUID.fromString(w.noticeId()))
                .toList();
        long deadline = System.nanoTime() + settle.toNanos();
        Map<String, Long> counts;
        do {
            counts = counts(registrants, notices);
            if (settled(counts, registrants.size(), notices.size())) {
                break;
            }
            Thread.sleep(1000);
        } while (System.nanoTime() < deadline);
        List<Check> checks = new ArrayList<>();
        checks.add(equal("every accepted registration in PostgreSQL", counts.get("postgres"), registrants.size()));
        checks.add(equal("every accepted registration in the index", counts.get("index"), registrants.size()));
        checks.add(equal("every accepted registration seen by the worker", counts.get("worker"), registrants.size()));
        checks.add(equal("every accepted notice in PostgreSQL", counts.get("acceptedNotices"), notices.size()));
        // a notice whose answer a killed instance never sent may still have committed: it must be alerted too
        checks.add(equal("one travel alert per notice", counts.get("travelAlerts"), counts.get("notices")));
        checks.add(equal("outbox relayed (events older than 30 s)", counts.get("unrelayed"), 0));
        try (Connection db = connect()) {
            checks.add(equal("one alert per event and rule", single(db, """
                    select count(*) from (select 1 from notification.alert group by source_event_id, rule_id having count(*) > 1) d"""), 0));
            checks.add(equal("no alert escalated twice", single(db, """
                    select count(*) from (select 1 from notification.delivery where purpose = 'ESCALATED'
                    group by alert_id, subscription_id having count(*) > 1) d"""), 0));
            checks.add(equal("no delivery held past its lease", single(db, """
                    select count(*) from notification.delivery where state = 'PENDING' and attempts = 0
                    and next_attempt_at < now() - interval '60 seconds'"""), 0));
        }
        checks.add(equal("one body per webhook id", receiver.idsWithTwoBodies(), 0));
        RegistryClient.Reply verification = api.get("/api/v1/audit-events/verification", "auditor");
        boolean intact =
                verification.accepted() && verification.json().path("intact").asBoolean(false);
        checks.add(new Check(
                "audit chain verifies", intact, intact ? "" : verification.status() + " " + verification.body()));
        return checks;
    }

    /** Waits up to {@code limit} until one person is in the index and their travel alert issued. */
    boolean arrived(MixedLoad.Written person, Duration limit) throws Exception {
        List<UUID> id = List.of(UUID.fromString(person.registrantId()));
        long deadline = System.nanoTime() + limit.toNanos();
        do {
            if (indexed(id) == 1) {
                try (Connection db = connect()) {
                    if (byIds(
                                    db,
                                    "select count(*) from notification.alert where rule_id = 'travel-declared' and registrant_id = any(?)",
                                    id)
                            == 1) {
                        return true;
                    }
                } catch (SQLException e) {
                    // PostgreSQL is not one of the faults; a refused connection is retried like a missing row
                }
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        return false;
    }

    private static boolean settled(Map<String, Long> counts, int registrants, int notices) {
        return counts.get("postgres") == registrants
                && counts.get("index") == registrants
                && counts.get("worker") == registrants
                && counts.get("acceptedNotices") == notices
                && counts.get("travelAlerts").equals(counts.get("notices"))
                && counts.get("unrelayed") == 0;
    }

    private Map<String, Long> counts(List<UUID> registrants, List<UUID> notices) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = connect()) {
            counts.put(
                    "postgres", byIds(db, "select count(*) from registry.registrant where id = any(?)", registrants));
            counts.put(
                    "worker",
                    byIds(
                            db,
                            "select count(*) from notification.registrant_fact where registrant_id = any(?)",
                            registrants));
            counts.put("travelAlerts", byIds(db, """
                    select count(*) from notification.alert where rule_id = 'travel-declared' and registrant_id = any(?)""", registrants));
            counts.put(
                    "acceptedNotices",
                    byIds(db, "select count(*) from registry.travel_notice where id = any(?)", notices));
            counts.put(
                    "notices",
                    byIds(db, "select count(*) from registry.travel_notice where registrant_id = any(?)", registrants));
            // the load goes on while this runs: what it wrote a moment ago is not yet relayed, and need not be
            counts.put("unrelayed", single(db, """
                    select count(*) from registry.outbox_event
                    where published_at is null and occurred_at < now() - interval '30 seconds'"""));
        }
        counts.put("index", indexed(registrants));
        return counts;
    }

    /** Registrants the index holds, asked of each data node in turn until one answers. */
    private long indexed(List<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        StringBuilder values = new StringBuilder();
        ids.forEach(id -> values.append(values.isEmpty() ? "" : ",")
                .append('"')
                .append(id)
                .append('"'));
        String query = "{\"query\":{\"ids\":{\"values\":[" + values + "]}},\"size\":0,\"track_total_hits\":true}";
        for (ElasticsearchServer node : elasticsearchNodes) {
            try {
                HttpResponse<String> response = node.http()
                        .send(
                                node.request("/registrants/_search", ElasticsearchAccess.REGISTRY_API)
                                        .timeout(Duration.ofSeconds(5))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString(query))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return RegistryClient.JSON
                            .readTree(response.body())
                            .path("hits")
                            .path("total")
                            .path("value")
                            .asLong();
                }
            } catch (Exception e) {
                // that node is down: ask the next one
            }
        }
        return -1;
    }

    private Connection connect() throws SQLException {
        return new org.postgresql.Driver().connect(jdbcUrl, login);
    }

    private static long byIds(Connection db, String sql, List<UUID> ids) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            Array array = db.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Check equal(String name, long found, long expected) {
        return new Check(name, found == expected, found == expected ? "" : "expected " + expected + ", found " + found);
    }
}
