package org.opensor.registry.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The realm the stack imports: CJIS lockout and idle timeout, PKCE, and no secret written into the repository. */
class KeycloakRealmFileTest {

    private final String realm = read();

    @Test
    void fiveFailuresLockForHalfAnHourAndSessionsEndAfterHalfAnHourIdle() {
        assertThat(realm)
                .containsPattern(setting("bruteForceProtected", "true"))
                .containsPattern(setting("failureFactor", "5"))
                .containsPattern(setting("permanentLockout", "false"))
                .containsPattern(setting("waitIncrementSeconds", "1800"))
                .containsPattern(setting("maxFailureWaitSeconds", "1800"))
                .containsPattern(setting("ssoSessionIdleTimeout", "1800"));
    }

    @Test
    void theConsoleClientRequiresPkceAndTheMachineClientUsesClientCredentialsOnly() {
        assertThat(realm)
                .containsPattern(setting("pkce.code.challenge.method", "\"S256\""))
                .containsPattern(setting("serviceAccountsEnabled", "true"))
                .doesNotContainPattern(setting("implicitFlowEnabled", "true"))
                .doesNotContainPattern(setting("directAccessGrantsEnabled", "true"));
    }

    @Test
    void everySecretIsAPlaceholderFilledPerInstall() {
        var secrets = Pattern.compile("\"(secret|value)\"\\s*:\\s*\"([^\"]*)\"").matcher(realm);
        int found = 0;
        while (secrets.find()) {
            found++;
            assertThat(secrets.group(2)).as(secrets.group()).matches("\\$\\{OPENSOR_KC_[A-Z_]+\\}");
        }
        assertThat(found)
                .as("two client secrets and a password per demo user")
                .isEqualTo(2 + DemoAccounts.ACCOUNTS.size());
    }

    @Test
    void everyDemoAccountIsARealmUserWithItsRoleAndPassword() {
        DemoAccounts.ACCOUNTS.forEach((role, username) -> assertThat(realm)
                .contains("\"username\": \"" + username + "\"")
                .contains("${" + KeycloakServer.passwordVariable(role) + "}")
                .containsPattern("\"realmRoles\":\\s*\\[\\s*\"" + role + "\""));
    }

    private static Pattern setting(String name, String value) {
        return Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*" + Pattern.quote(value));
    }

    private static String read() {
        try {
            return Files.readString(StackLayout.findProjectRoot(Path.of("")).resolve(KeycloakServer.REALM_FILE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
