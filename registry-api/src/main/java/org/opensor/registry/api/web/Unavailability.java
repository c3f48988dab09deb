package org.opensor.registry.api.web;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells a data store that cannot answer now (PostgreSQL or Elasticsearch down, unreachable or too slow) from a
 * fault of ours: the first is a 503 the caller may retry, the second a 500.
 */
public final class Unavailability {

    /** Seconds a client should wait before retrying, sent as {@code Retry-After}. */
    public static final int RETRY_AFTER_SECONDS = 5;
    /** Request attribute set once a request found a data store unavailable, so the audit writer need not wait for it again. */
    public static final String REQUEST_ATTRIBUTE = Unavailability.class.getName() + ".store";

    private Unavailability() {}

    /** Which store could not answer ("database" or "search index"), if that is what {@code failure} says. */
    public static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof QueryTimeoutException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof TransactionTimedOutException
                    || (t instanceof SQLException sql && unavailableState(sql.getSQLState()))) {
                return Optional.of("database");
            }
            if (t.getClass().getName().startsWith("co.elastic.") && isElasticsearchOverloaded(t)) {
                return Optional.of("search index");
            }
            if (t instanceof ConnectException
                    || t instanceof SocketTimeoutException
                    || t instanceof NoRouteToHostException
                    || t instanceof HttpTimeoutException) {
                return Optional.of(isJdbc(failure) ? "database" : "search index");
            }
        }
        return Optional.empty();
    }

    /** SQLSTATE class 08 (connection), 53 (resources), 57P0x (shutting down) and 57014 (statement timeout). */
    private static boolean unavailableState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.startsWith("53")
                        || state.startsWith("57P0")
                        || "57014".equals(state));
    }

    private static boolean isElasticsearchOverloaded(Throwable t) {
        if (t.getClass().getSimpleName().equals("TransportException")) {
            return true;
        }
        try {
            Object status = t.getClass().getMethod("status").invoke(t);
            return status instanceof Integer code && (code == 429 || code >= 500);
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static boolean isJdbc(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t.getClass().getName().startsWith("org.springframework.jdbc")) {
                return true;
            }
        }
        return false;
    }
}
