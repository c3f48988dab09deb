package org.opensor.registry.notification.config;

import java.time.Duration;
import org.opensor.registry.notification.rules.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything the notification worker can be told, under {@code registry.notification}. Defaults live in
 * {@code application.yml} and are the ones named here.
 *
 * @param homeCountry ISO 3166-1 alpha-3 code of the registry's country (default {@code KHM})
 * @param alerts      deadlines and matching
 * @param delivery    webhook delivery and retries
 * @param escalation  escalation of unacknowledged alerts
 * @param admin       the administrator account of the worker's REST API
 * @param secrets     encryption of the webhook signing secrets at rest
 */
@ConfigurationProperties("registry.notification")
public record NotificationSettings(
        String homeCountry, Alerts alerts, Delivery delivery, Escalation escalation, Admin admin, Secrets secrets) {

    /**
     * @param routineDeadline        time to acknowledge a routine alert (default 1 hour, NCIC practice)
     * @param urgentDeadline         time to acknowledge an urgent alert (default 10 minutes)
     * @param criticalDeadline       time to acknowledge a critical alert (default 10 minutes)
     * @param noticeMatchTolerance   how far outside a notice's dates a border crossing still counts as declared (default 1 day)
     */
    public record Alerts(
            Duration routineDeadline,
            Duration urgentDeadline,
            Duration criticalDeadline,
            Duration noticeMatchTolerance) {

        public Duration deadline(Severity severity) {
            return switch (severity) {
                case ROUTINE -> routineDeadline;
                case URGENT -> urgentDeadline;
                case CRITICAL -> criticalDeadline;
            };
        }
    }

    /**
     * @param pollInterval            pause between two looks at the delivery queue (default 50 ms)
     * @param batchSize               deliveries claimed per look (default 200)
     * @param maxInFlight             webhook requests in flight at once (default 256)
     * @param lease                   how long a claimed delivery is held before another worker may retry it (default 2 minutes, longer than a request)
     * @param connectTimeout          TCP connect timeout to a receiver (default 5 s)
     * @param requestTimeout          time a receiver has to answer (default 15 s)
     * @param firstRetry              delay before the first retry (default 5 s); doubles each attempt, with jitter
     * @param maxRetryInterval        longest delay between two attempts (default 1 hour)
     * @param retryFor                how long a delivery is retried before it goes to the dead-letter list (default 25 hours: at least a day)
     * @param previousSecretValidFor  how long the previous signing secret still signs after a rotation (default 24 hours)
     * @param trustBundle             the Spring SSL bundle whose trust material decides which receivers' certificates
     *                                are accepted besides the JVM's trust store (e.g. the agencies' private authority, or the
     *                                local stack's); unset: the JVM's trust store alone.
     *                                Either way the certificate and the host name are checked
     */
    public record Delivery(
            Duration pollInterval,
            int batchSize,
            int maxInFlight,
            Duration lease,
            Duration connectTimeout,
            Duration requestTimeout,
            Duration firstRetry,
            Duration maxRetryInterval,
            Duration retryFor,
            Duration previousSecretValidFor,
            String trustBundle) {}

    /**
     * @param checkInterval     pause between two looks for overdue alerts (default 15 s)
     * @param dutyOfficerAgency the agency whose subscriptions receive escalations, and only those (default {@code DUTY-OFFICER})
     */
    public record Escalation(Duration checkInterval, String dutyOfficerAgency) {}

    /**
     * @param username the administrator's user name (default {@code registry-admin})
     * @param password the administrator's password, from {@code NOTIFICATION_ADMIN_PASSWORD}; when empty the
     *                 administration API refuses everyone
     */
    public record Admin(String username, String password) {

        public boolean enabled() {
            return password != null && !password.isBlank();
        }
    }

    /**
     * @param encryptionKey base64 of a 32-byte AES key, from {@code NOTIFICATION_SECRET_KEY}, that encrypts the
     *                      webhook signing secrets at rest; when empty no subscription can be created
     */
    public record Secrets(String encryptionKey) {}
}
