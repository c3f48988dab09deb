package org.opensor.registry.api.alert.persistence;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.opensor.registry.api.alert.AlertChanged;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Hears the alert changes that any instance commits ({@link PostgresAlertChanges}) and publishes each as an
 * {@link AlertChanged} on this instance, so every instance's streams learn of every change, and this instance's own
 * changes reach them once, the same way. One thread and one connection of its own, opened with the pool's URL and
 * credentials but outside the pool: a LISTEN lasts as long as its session, and a pool connection held forever would
 * shrink the pool. A lost connection is opened again with growing pauses; notifications sent while it was down are
 * lost (the inbox itself stays complete, and clients read it when they reconnect).
 */
@Component
class PostgresAlertChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresAlertChangeListener.class);
    /** How long one wait for notifications blocks; it bounds how long {@link #stop()} waits for the thread. */
    private static final Duration POLL = Duration.ofSeconds(1);
    /** How often a quiet connection is asked whether it still answers: a silently dropped one would never say. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(30);

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final JdbcConnectionDetails database;
    private final ApplicationEventPublisher events;
    private final Counter reconnects;
    private volatile boolean running;
    private Thread thread;

    PostgresAlertChangeListener(
            JdbcConnectionDetails database, ApplicationEventPublisher events, MeterRegistry meters) {
        this.database = database;
        this.events = events;
        this.reconnects = Counter.builder("registry.alert.change.listener.reconnects")
                .description("Times the connection that listens for alert changes was opened again after it was lost")
                .register(meters);
    }

    /** Listens before returning when the database answers, so that no change committed after startup is missed. */
    @Override
    public void start() {
        running = true;
        Connection first = connect();
        thread = Thread.ofPlatform().daemon().name("alert-change-listener").start(() -> run(first));
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt(); // cuts a pause short; a wait for notifications ends by itself within POLL
            try {
                listening.join(POLL.multipliedBy(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server and the Kafka listeners start, after they stop: no stream opens before this listens. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    private void run(Connection first) {
        Connection connection = first;
        Duration pause = FIRST_PAUSE;
        while (running) {
            if (connection == null) {
                if (!pause(pause)) {
                    break;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                connection = connect();
                if (connection != null) {
                    reconnects.increment();
                    log.info("Listening for alert changes again");
                }
                continue;
            }
            pause = FIRST_PAUSE;
            try {
                relay(connection);
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "Lost the connection that listens for alert changes (SQL state {}: {}); opening it again",
                            e.getSQLState(),
                            e.getMessage());
                }
            } finally {
                close(connection);
                connection = null;
            }
        }
        close(connection);
    }

    /** Passes notifications on until stopped; throws when the connection fails. */
    private void relay(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    publish(notification.getParameter());
                }
            }
            if (System.nanoTime() - nextCheck > 0) {
                if (!connection.isValid(5)) {
                    throw new SQLException("the connection no longer answers", "08006");
                }
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    private void publish(String payload) {
        UUID alertId;
        try {
            alertId = UUID.fromString(payload);
        } catch (IllegalArgumentException e) {
            log.debug("Ignored a notification on {} that is not an alert id", PostgresAlertChanges.CHANNEL);
            return;
        }
        try {
            events.publishEvent(new AlertChanged(alertId));
        } catch (RuntimeException e) {
            // A stream's failure must not cost the other streams, nor this connection.
            log.warn(
                    "The streams could not pass on the change of alert {} ({})",
                    alertId,
                    e.getClass().getName());
        }
    }

    /** @return a connection that listens, or null (with a warning) when the database cannot be reached */
    private Connection connect() {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", "registry-api alert change listener");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(database.getJdbcUrl(), properties);
            connection.setAutoCommit(true); // LISTEN takes effect at commit
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + PostgresAlertChanges.CHANNEL);
            }
            return connection;
        } catch (SQLException e) {
            log.warn(
                    "Cannot listen for alert changes yet (SQL state {}: {}); trying again",
                    e.getSQLState(),
                    e.getMessage());
            close(connection);
            return null;
        }
    }

    /** @return false when stopped during the pause */
    private boolean pause(Duration pause) {
        try {
            Thread.sleep(pause);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void close(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing the alert change connection failed", e);
        }
    }
}
