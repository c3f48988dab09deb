package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.security.Role;

/** docs/security.md shows the console's page table as the code has it; regenerate it with the printed table. */
class ConsolePagesDocumentedTest {

    static String table() {
        StringBuilder table =
                new StringBuilder("| method | console page | does the work of | roles |\n|---|---|---|---|\n");
        for (ConsolePage page : ConsolePages.ALL) {
            table.append("| ")
                    .append(page.method())
                    .append(" | `")
                    .append(page.path())
                    .append("` | ")
                    .append(
                            page.api() == null
                                    ? "(no personal data)"
                                    : page.api().method() + " `" + page.api().path() + "`")
                    .append(" | ")
                    .append(Arrays.stream(page.roleNames())
                            .map(r -> Role.valueOf(r).externalName())
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return table.toString();
    }

    @Test
    void securityDocShowsTheConsolePageTable() throws Exception {
        String expected = table();
        assertThat(Files.readString(Path.of("..", "docs", "security.md")))
                .as("docs/security.md must contain this table:\n" + expected)
                .contains(expected);
    }
}
