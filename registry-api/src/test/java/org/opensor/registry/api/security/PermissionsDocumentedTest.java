package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/security.md shows the permission table as the code has it; regenerate it with the printed table. */
class PermissionsDocumentedTest {

    static String table() {
        StringBuilder table = new StringBuilder("| method | path | access | roles |\n|---|---|---|---|\n");
        for (Permission p : Permissions.ALL) {
            table.append("| ")
                    .append(p.method())
                    .append(" | `")
                    .append(p.path())
                    .append("` | ")
                    .append(p.access().name().toLowerCase())
                    .append(" | ")
                    .append(Arrays.stream(p.roleNames())
                            .map(r -> Role.valueOf(r).externalName())
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return table.toString();
    }

    @Test
    void securityDocShowsThePermissionTable() throws Exception {
        Path doc = Path.of("..", "docs", "security.md");
        String expected = table();

        assertThat(Files.readString(doc))
                .as("docs/security.md must contain this table:\n" + expected)
                .contains(expected);
    }
}
