package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void generatesOnceKeepsAcrossRestartsAndOnlyTheOwnerCanReadTheFile() throws Exception {
        Path file = dir.resolve("secrets.properties");
        String first = new Secrets(file).get("postgres.superuser.password");
        String again = new Secrets(file).get("postgres.superuser.password");

        assertThat(again).isEqualTo(first);
        assertThat(first).matches("[A-Za-z0-9]{24}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(new Secrets(file).get("postgres.registry_api.password")).isNotEqualTo(first);
    }
}
