package org.opensor.registry.testservices.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Lints a served OpenAPI document with Redocly CLI and a service's ruleset, failing on any error. Where npm is
 * missing or cannot fetch the linter, the test says it skipped instead of passing silently.
 */
public final class OpenApiLint {

    /** Redocly CLI, pinned: the last line of releases that still runs on Node 20. */
    public static final String LINTER = "@redocly/cli@2.77.0";

    private OpenApiLint() {}

    public static void assertPasses(Path document, Path ruleset) throws InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(
                            "npx",
                            "--yes",
                            LINTER,
                            "lint",
                            "--format=stylish",
                            "--config",
                            ruleset.toAbsolutePath().toString(),
                            document.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            Assumptions.abort("npm (npx) is not installed here, so the API document was not linted: " + e.getMessage());
            return;
        }
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("The linter's output could not be read", e);
        }
        int exit = process.waitFor();
        Assumptions.assumeFalse(
                exit != 0 && (output.contains("npm ERR") || output.contains("npm error")),
                "npm could not fetch " + LINTER + ", so the API document was not linted:\n" + output);
        assertThat(exit).as(output).isZero();
    }
}
