package org.opensor.registry.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A test against the API of its Spring context (its own annotation, usually {@link IntegrationTest}, starts it): before
 * each test every account of {@link TestAccounts} is in place and {@link #api} speaks to this context's port.
 */
public abstract class WithTestAccounts {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PasswordEncoder encoder;

    protected ApiClient api;

    @BeforeEach
    final void testAccountsAndClient() {
        TestAccounts.ensure(jdbc, encoder);
        api = new ApiClient(port);
    }

    /** Registers the person {@code body} describes, as the clerk, and gives the new registrant's id. */
    protected String registeredByTheClerk(String body) {
        ApiClient.Reply created = api.post("/api/v1/registrants", "clerk", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
