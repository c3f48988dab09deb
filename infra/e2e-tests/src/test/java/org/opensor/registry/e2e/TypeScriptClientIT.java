package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client generated from the committed OpenAPI document (openapi-generator 7.25.0, generator
 * {@code typescript-fetch}, in this module's build) compiles with tsc, unedited. Where npm is missing or cannot fetch
 * TypeScript, the test says it skipped.
 */
class TypeScriptClientIT {

    /** TypeScript, pinned to the 5 line: the compiler in JavaScript that runs on the Node 20 we have. */
    private static final String TYPESCRIPT = "typescript@5.9.3";

    @Test
    void theGeneratedTypeScriptClientCompiles() throws Exception {
        Path client = Path.of("target", "generated-sources", "registry-api-typescript-client")
                .toAbsolutePath();
        assertThat(client.resolve("src/apis/RegistrantsApi.ts")).exists();
        assertThat(Files.readString(client.resolve("src/apis/AlertsApi.ts")))
                .contains("acknowledgeAlert", "listAlerts");

        Process tsc;
        try {
            tsc = new ProcessBuilder("npx", "--yes", "-p", TYPESCRIPT, "tsc", "-p", client.toString(), "--noEmit")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort(
                    "npm (npx) is not installed here, so the TypeScript client was not compiled: " + e.getMessage());
            return;
        }
        String output = new String(tsc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tsc.waitFor(10, TimeUnit.MINUTES)).as("tsc finished").isTrue();
        Assumptions.assumeFalse(
                tsc.exitValue() != 0 && (output.contains("npm ERR") || output.contains("npm error")),
                "npm could not fetch " + TYPESCRIPT + ", so the TypeScript client was not compiled:\n" + output);
        assertThat(tsc.exitValue()).as(output).isZero();
    }
}
