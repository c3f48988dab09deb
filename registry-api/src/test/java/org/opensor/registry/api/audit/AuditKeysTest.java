package org.opensor.registry.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeysTest {

    private static final String KEY_1 =
            Base64.getEncoder().encodeToString("k".repeat(32).getBytes());
    private static final String KEY_2 =
            Base64.getEncoder().encodeToString("m".repeat(32).getBytes());

    @TempDir
    Path dir;

    @Test
    void withoutAKeyFileTheRegistryDoesNotStart() {
        assertThatThrownBy(() -> AuditKeys.load(null)).hasMessageContaining("registry.audit.key-file");
    }

    @Test
    void aKeyShorterThan32BytesOrACurrentIdWithoutAKeyIsRefused() throws Exception {
        Path shortKey = write("current=1\nkey.1=" + Base64.getEncoder().encodeToString(new byte[16]) + "\n");
        Path noCurrent = write("current=2\nkey.1=" + KEY_1 + "\n");

        assertThatThrownBy(() -> AuditKeys.load(shortKey)).hasMessageContaining("shorter than 32 bytes");
        assertThatThrownBy(() -> AuditKeys.load(noCurrent)).hasMessageContaining("current=2");
    }

    @Test
    void afterARotationOldEntriesStillVerifyAndNewOnesUseTheNewKey() throws Exception {
        AuditKeys before = AuditKeys.load(write("current=1\nkey.1=" + KEY_1 + "\n"));
        AuditKeys after = AuditKeys.load(write("current=2\nkey.1=" + KEY_1 + "\nkey.2=" + KEY_2 + "\n"));

        assertThat(after.currentId()).isEqualTo("2");
        assertThat(after.hmac("1", "entry")).isEqualTo(before.hmac("1", "entry"));
        assertThat(after.hmac("2", "entry"))
                .isNotEqualTo(after.hmac("1", "entry"))
                .hasSize(64);
    }

    @Test
    void theKeyNeverAppearsInWhatCanBeLogged() throws Exception {
        AuditKeys keys = AuditKeys.load(write("current=1\nkey.1=" + KEY_1 + "\n"));

        assertThat(keys.toString()).doesNotContain(KEY_1).contains("current=1");
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "key-", ".properties");
        Files.writeString(file, text);
        return file;
    }
}
