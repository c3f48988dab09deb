package org.opensor.registry.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The outbox table shipped as a Flyway location has every column that the outbox and its relay read and write. */
class SharedOutboxTableTest {

    private static final List<String> COLUMNS_USED = List.of(
            "position",
            "event_id",
            "topic",
            "event_key",
            "event_type",
            "source",
            "occurred_at",
            "payload",
            "published_at");

    @Test
    void theSharedMigrationCreatesTheColumnsTheOutboxUses() throws IOException {
        String ddl;
        try (InputStream in = getClass().getResourceAsStream("/db/outbox/V0_1__outbox_event.sql")) {
            assertThat(in).as("the shared outbox migration").isNotNull();
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher table = Pattern.compile("create table outbox_event \\((.*?)\\);", Pattern.DOTALL)
                .matcher(ddl);
        assertThat(table.find()).isTrue();
        List<String> columns = table.group(1)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+")[0])
                .toList();

        assertThat(columns).containsExactlyElementsOf(COLUMNS_USED);
    }
}
