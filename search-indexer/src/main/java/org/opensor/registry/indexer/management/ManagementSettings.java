package org.opensor.registry.indexer.management;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's login for the indexer's actuator endpoints (metrics, details of health, reconciliation).
 *
 * @param username defaults to {@code registry-admin}; the local stack sets its demo administrator
 * @param password no default: without one, nobody gets past the probes (liveness, readiness, overall status)
 */
@ConfigurationProperties("opensor.management")
record ManagementSettings(String username, String password) {

    ManagementSettings {
        username = username == null || username.isBlank() ? "registry-admin" : username;
    }

    boolean enabled() {
        return password != null && !password.isBlank();
    }
}
