package org.opensor.registry.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.stack.Secrets;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The services' database role may add to the audit trail and read it, nothing else: whoever holds the application's
 * credentials cannot change, remove, truncate or re-own an entry, nor switch the append-only trigger off. The probe
 * logs in as a fresh role that is a member of the application role and acts as it ({@code set role}).
 */
@IntegrationTest
class AuditTrailPrivilegesIT {

    private static final String APPLICATION_ROLE = "registry_api";

    @Autowired
    JdbcClient superuser;

    private final String probe = "audit_probe_" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = Secrets.generatePassword();

    @BeforeEach
    void createProbe() {
        superuser
                .sql("create role " + probe + " login password '" + password + "' in role " + APPLICATION_ROLE)
                .update();
    }

    @AfterEach
    void dropProbe() {
        superuser.sql("drop role " + probe).update();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "update registry.audit_event set purpose = 'nothing to see'",
                "delete from registry.audit_event",
                "truncate registry.audit_event",
                "alter table registry.audit_event disable trigger audit_event_append_only",
                "alter table registry.audit_event disable trigger all",
                "drop trigger audit_event_append_only on registry.audit_event",
                "drop table registry.audit_event cascade",
                "alter table registry.audit_event rename to audit_event_old",
                "alter table registry.audit_event owner to registry_api",
                "drop function registry.refuse_audit_change() cascade",
                "create or replace function registry.refuse_audit_change() returns trigger language plpgsql as $$ begin return null; end $$",
                "select setval('registry.audit_event_position', 1)",
                "update registry.audit_chain set keyed_from = 1000000",
                "set session_replication_role = replica",
                "set role registry_audit_owner"
            })
    void theApplicationRoleCannotRewriteTheTrail(String statement) {
        assertThatThrownBy(() -> asApplication(statement))
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState())
                        .as(e.getMessage())
                        .isEqualTo("42501"));
    }

    @Test
    void theApplicationRoleAppendsAndReads() {
        assertThatCode(() -> asApplication("select count(*) from registry.audit_event"))
                .doesNotThrowAnyException();
        assertThatCode(() -> asApplication("select nextval('registry.audit_event_position')"))
                .doesNotThrowAnyException();
        assertThatCode(() -> asApplication("select keyed_from from registry.audit_chain"))
                .doesNotThrowAnyException();
    }

    private void asApplication(String statement) throws SQLException {
        TestServices.Endpoints servers = TestServices.get();
        try (Connection connection = DriverManager.getConnection(servers.jdbcUrl(), probe, password);
                Statement sql = connection.createStatement()) {
            sql.execute("set role " + APPLICATION_ROLE);
            sql.execute(statement);
        }
    }
}
