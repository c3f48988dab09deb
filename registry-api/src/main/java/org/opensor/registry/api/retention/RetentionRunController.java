package org.opensor.registry.api.retention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/retention-runs}: what each retention run removed, in counts, newest first (the auditor's evidence). */
@RestController
class RetentionRunController {

    /** @param removed how many records of each kind the run removed */
    record RetentionRun(UUID id, Instant ranAt, Map<String, Integer> removed) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    RetentionRunController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/retention-runs")
    List<RetentionRun> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return jdbc.sql("select id, ran_at, removed::text from registry.retention_run order by ran_at desc limit :size")
                .param("size", size)
                .query((rs, n) -> new RetentionRun(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("ran_at").toInstant(),
                        JSON.readValue(rs.getString("removed"), new TypeReference<Map<String, Integer>>() {})))
                .list();
    }
}
