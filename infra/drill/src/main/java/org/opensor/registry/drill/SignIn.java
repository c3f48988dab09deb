package org.opensor.registry.drill;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** How the drill proves to the API who it acts as: HTTP Basic with a built-in account, or a Keycloak access token. */
interface SignIn {

    /** The {@code Authorization} header for {@code username}. */
    String authorization(String username);

    /** After a restore: tokens signed by keys Keycloak no longer has are of no use. */
    default void forgetSessions() {}

    /** The built-in accounts of {@code .local/demo-credentials}. */
    static SignIn basic(Map<String, String> passwords) {
        return username -> "Basic "
                + Base64.getEncoder()
                        .encodeToString((username + ":" + passwords.getOrDefault(username, ""))
                                .getBytes(StandardCharsets.UTF_8));
    }
}
