package org.opensor.registry.api.console.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the notification worker's administration API is ({@code registry.worker.*}), for the console's webhook
 * and dead-letter pages. Nothing is written in application.yml: the local stack and the tests pass
 * {@code REGISTRY_WORKER_URL}, {@code REGISTRY_WORKER_USERNAME}, {@code REGISTRY_WORKER_PASSWORD} and
 * {@code REGISTRY_WORKER_TRUST_BUNDLE}.
 *
 * @param url         the worker's base URL, e.g. {@code https://127.0.0.1:8081} (empty: the pages say it is not
 *                    configured)
 * @param username    the worker's administrator account (HTTP Basic)
 * @param password    its password
 * @param trustBundle the Spring SSL bundle whose authorities the worker's certificate must chain to (the local stack:
 *                    {@code stack}, its own authority); empty: the JVM's trust store. The name is checked either way.
 */
@ConfigurationProperties("registry.worker")
public record WorkerSettings(String url, String username, String password, String trustBundle) {

    public boolean configured() {
        return url != null
                && !url.isBlank()
                && username != null
                && !username.isBlank()
                && password != null
                && !password.isBlank();
    }

    @Override
    public String toString() {
        return "WorkerSettings[" + url + ", " + username + "]"; // never print the password
    }
}
