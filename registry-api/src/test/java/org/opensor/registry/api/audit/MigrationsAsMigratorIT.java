package org.opensor.registry.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.opensor.registry.stack.Secrets;
import org.opensor.registry.testservices.TestServices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations run as the local stack runs them: as a role that owns the schema and is a member of the audit trail's
 * owner, not as the superuser. Afterwards the audit trail belongs to its owner and the runtime role only adds and reads.
 */
class MigrationsAsMigratorIT {

    @Test
    void aMigratorThatIsNoSuperuserHandsTheAuditTrailToItsOwner() throws SQLException {
        TestServices.Endpoints servers = TestServices.get();
        String database = TestServices.createDatabase("as_migrator");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String migrator = "migrator_" + suffix;
        String owner = "audit_owner_" + suffix;
        String app = "app_" + suffix;
        String password = Secrets.generatePassword();
        JdbcClient superuser =
                JdbcClient.create(new DriverManagerDataSource(database, servers.jdbcUser(), servers.jdbcPassword()));
        superuser.sql("create role " + owner + " nologin").update();
        superuser
                .sql("create role " + migrator + " login password '" + password + "' in role " + owner)
                .update();
        superuser
                .sql("create role " + app + " login password '" + password + "'")
                .update();
        superuser.sql("create schema registry authorization " + migrator).update();

        Flyway.configure()
                .dataSource(database, migrator, password)
                .schemas("registry")
                .defaultSchema("registry")
                .placeholders(Map.of("auditowner", owner, "approle", app))
                .load()
                .migrate();

        assertThat(superuser
                        .sql(
                                "select tableowner from pg_tables where schemaname = 'registry' and tablename = 'audit_event'")
                        .query(String.class)
                        .single())
                .isEqualTo(owner);
        assertThat(superuser
                        .sql(
                                "select tableowner from pg_tables where schemaname = 'registry' and tablename = 'registrant'")
                        .query(String.class)
                        .single())
                .isEqualTo(migrator);
        try (Connection connection = DriverManager.getConnection(database, app, password);
                Statement sql = connection.createStatement()) {
            sql.execute("select count(*) from registry.registrant");
            sql.execute("select count(*) from registry.audit_event");
            assertThatThrownBy(() -> sql.execute("alter table registry.audit_event disable trigger all"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner");
        }
    }
}
