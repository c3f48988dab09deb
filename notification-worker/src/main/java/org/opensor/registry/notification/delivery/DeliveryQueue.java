package org.opensor.registry.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persistent delivery queue ({@code notification.delivery}): one row per alert, subscription and purpose,
 * holding the exact body to send and the {@code webhook-id}. Because the body is written once, when the row is
 * created, every retry and every replay sends the same bytes under the same id; a receiver never sees one
 * {@code webhook-id} with two payloads. Rows survive a crash: a claimed row whose lease runs out is claimed again.
 */
@Repository
public class DeliveryQueue {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /**
     * A pending row some round has claimed and is sending now: the claim moved its next attempt to the end of the lease
     * and no failure has set it waiting for a retry (SQL on {@code d}, at {@code :now}).
     */
    private static final String IN_FLIGHT = "d.attempts > 0 and not d.awaiting_retry and d.next_attempt_at > :now";

    /** The last error of a delivery withheld because the person's data was erased before it could be sent. */
    static final String WITHHELD_ERASED = "withheld: the personal data was erased";

    DeliveryQueue(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A delivery to make. */
    record Claimed(
            UUID deliveryId,
            String webhookId,
            UUID alertId,
            UUID subscriptionId,
            Purpose purpose,
            String payload,
            int attempt,
            Instant giveUpAt) {}

    /** A delivery that gave up, for the administrator. */
    public record DeadLetter(
            UUID deliveryId,
            String webhookId,
            UUID alertId,
            UUID subscriptionId,
            Purpose purpose,
            int attempts,
            Integer lastStatus,
            String lastError,
            Instant createdAt,
            Instant deadAt) {}

    /**
     * Withholds the deliveries not yet sent (pending or dead-lettered) of alerts on this registrant to subscriptions
     * outside {@code units}, in the caller's transaction: a record restricted after its alert was queued sends nothing
     * more to outsiders, and no replay revives it. A delivery in flight at this moment still completes.
     *
     * @return how many were withheld
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withholdOutside(UUID registrantId, List<String> units) {
        return jdbc.sql("""
                update notification.delivery d set state = 'WITHHELD', last_error = 'withheld: the record was restricted', awaiting_retry = false
                where d.state in ('PENDING', 'DEAD')
                  and d.alert_id in (select alert_id from notification.alert where registrant_id = :registrant)
                  and d.subscription_id in (select subscription_id from notification.subscription
                                            where unit is null or not (unit = any(cast(:units as text[]))))
                """)
                .param("registrant", registrantId)
                .param("units", units.toArray(String[]::new))
                .update();
    }

    /**
     * Empties the bodies of every delivery of this registrant's alerts, in the caller's transaction, once the person's
     * data is erased. What was delivered stays delivered. A delivery in flight (claimed, its lease running) is left
     * pending: the sender holds its body and the receiver may already have it, so its answer is recorded as for any
     * other, and should it fail it is withheld rather than retried ({@link #failed}). Every other delivery not yet
     * delivered (queued, waiting for a retry, dead-lettered) is withheld: an empty body must never go out or be replayed.
     *
     * @return how many were emptied
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseBodiesOf(UUID registrantId, Instant now) {
        return jdbc.sql("""
                update notification.delivery d set payload = '', awaiting_retry = false,
                    state = case when %1$s then 'WITHHELD' else d.state end,
                    last_error = case when %1$s then :withheld else d.last_error end
                where d.payload <> ''
                  and d.alert_id in (select alert_id from notification.alert where registrant_id = :registrant)
                """.formatted("(d.state = 'DEAD' or (d.state = 'PENDING' and not (" + IN_FLIGHT + ")))"))
                .param("registrant", registrantId)
                .param("now", Timestamp.from(now))
                .param("withheld", WITHHELD_ERASED)
                .update();
    }

    /**
     * Queues a webhook in the caller's transaction, once: a second call for the same alert, subscription and
     * purpose changes nothing.
     *
     * @return the webhook-id, or empty when it was queued before
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> enqueue(
            UUID alertId, UUID subscriptionId, Purpose purpose, String payload, Instant now, Duration retryFor) {
        UUID id = UUID.randomUUID();
        String webhookId = "msg_" + id.toString().replace("-", "");
        int added = jdbc.sql("""
                insert into notification.delivery (delivery_id, webhook_id, alert_id, subscription_id, purpose, payload, state,
                    attempts, next_attempt_at, give_up_at, created_at)
                values (:id, :webhookId, :alert, :subscription, :purpose, :payload, 'PENDING', 0, :now, :giveUp, :now)
                on conflict (alert_id, subscription_id, purpose) do nothing
                """)
                .param("id", id)
                .param("webhookId", webhookId)
                .param("alert", alertId)
                .param("subscription", subscriptionId)
                .param("purpose", purpose.name())
                .param("payload", payload)
                .param("now", Timestamp.from(now))
                .param("giveUp", Timestamp.from(now.plus(retryFor)))
                .update();
        if (added == 0) {
            return Optional.empty();
        }
        events.publishEvent(DeliveriesQueued.INSTANCE);
        return Optional.of(webhookId);
    }

    /**
     * Takes up to {@code limit} due deliveries for {@code lease}: until then no other round or instance takes them.
     * The attempt counter goes up now, so a crash mid-request still counts the attempt.
     */
    @Transactional
    List<Claimed> claim(int limit, Instant now, Duration lease) {
        // erased while in flight and the lease ran out (the worker died before it recorded the answer): never resent
        jdbc.sql("""
                update notification.delivery set state = 'WITHHELD', last_error = :withheld
                where state = 'PENDING' and next_attempt_at <= :now and payload = ''
                """)
                .param("now", Timestamp.from(now))
                .param("withheld", WITHHELD_ERASED)
                .update();
        return jdbc.sql("""
                update notification.delivery d set next_attempt_at = :leaseUntil, attempts = d.attempts + 1, awaiting_retry = false
                where d.delivery_id in (
                    select delivery_id from notification.delivery
                    where state = 'PENDING' and next_attempt_at <= :now
                    order by next_attempt_at limit :limit for update skip locked)
                returning d.delivery_id, d.webhook_id, d.alert_id, d.subscription_id, d.purpose, d.payload, d.attempts, d.give_up_at
                """)
                .param("leaseUntil", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Claimed(
                        rs.getObject("delivery_id", UUID.class),
                        rs.getString("webhook_id"),
                        rs.getObject("alert_id", UUID.class),
                        rs.getObject("subscription_id", UUID.class),
                        Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("give_up_at").toInstant()))
                .list();
    }

    /** @return false when the claim was lost (lease ran out and another round took it) */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean succeeded(Claimed delivery, int status, Instant now) {
        return jdbc.sql("""
                update notification.delivery set state = 'DELIVERED', delivered_at = :now, last_status = :status, last_error = null
                where delivery_id = :id and state = 'PENDING' and attempts = :attempt
                """)
                        .param("id", delivery.deliveryId())
                        .param("attempt", delivery.attempt())
                        .param("status", status)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /**
     * Schedules the next attempt, or moves the delivery to the dead-letter list when {@code next} is null; one whose
     * body was erased while it was in flight is withheld instead, since there is nothing left to send.
     */
    @Transactional
    void failed(Claimed delivery, Integer status, String error, Instant next, Instant now) {
        jdbc.sql("""
                update notification.delivery set last_status = :status,
                    last_error = case when payload = '' then :withheld else :error end,
                    state = case when payload = '' then 'WITHHELD' when cast(:next as timestamptz) is null then 'DEAD' else 'PENDING' end,
                    next_attempt_at = coalesce(cast(:next as timestamptz), next_attempt_at),
                    awaiting_retry = payload <> '' and cast(:next as timestamptz) is not null,
                    dead_at = case when payload <> '' and cast(:next as timestamptz) is null then cast(:now as timestamptz) end
                where delivery_id = :id and state = 'PENDING' and attempts = :attempt
                """)
                .param("id", delivery.deliveryId())
                .param("attempt", delivery.attempt())
                .param("status", status)
                .param("error", error)
                .param("withheld", WITHHELD_ERASED)
                .param("next", next == null ? null : Timestamp.from(next))
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Makes every delivery to this subscription that waits out a back-off due now: the receiver answers again.
     * Deliveries in flight (leased) are left alone, so none is sent twice at once.
     *
     * @return how many were brought forward
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int bringForwardRetries(UUID subscriptionId, Instant now) {
        int due = jdbc.sql("""
                update notification.delivery set next_attempt_at = :now, awaiting_retry = false
                where subscription_id = :subscription and state = 'PENDING' and awaiting_retry and next_attempt_at > :now
                """)
                .param("subscription", subscriptionId)
                .param("now", Timestamp.from(now))
                .update();
        if (due > 0) {
            events.publishEvent(DeliveriesQueued.INSTANCE);
        }
        return due;
    }

    /** The dead-letter list, most recent first. */
    public List<DeadLetter> deadLetters(int page, int size) {
        return jdbc.sql("""
                select delivery_id, webhook_id, alert_id, subscription_id, purpose, attempts, last_status, last_error, created_at, dead_at
                from notification.delivery where state = 'DEAD' order by dead_at desc, delivery_id limit :size offset :offset
                """)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> deadLetter(rs))
                .list();
    }

    public long deadLetterCount() {
        return jdbc.sql("select count(*) from notification.delivery where state = 'DEAD'")
                .query(Long.class)
                .single();
    }

    /**
     * Puts a dead delivery back in the queue: same webhook-id, same body, tried at once, retried again for
     * {@code retryFor}.
     *
     * @return false when no dead delivery has this id
     */
    @Transactional
    public boolean replay(UUID deliveryId, Instant now, Duration retryFor) {
        return jdbc.sql("""
                update notification.delivery set state = 'PENDING', next_attempt_at = :now, give_up_at = :giveUp, dead_at = null
                where delivery_id = :id and state = 'DEAD'
                """)
                        .param("id", deliveryId)
                        .param("now", Timestamp.from(now))
                        .param("giveUp", Timestamp.from(now.plus(retryFor)))
                        .update()
                == 1;
    }

    private static DeadLetter deadLetter(ResultSet rs) throws SQLException {
        int status = rs.getInt("last_status");
        return new DeadLetter(
                rs.getObject("delivery_id", UUID.class),
                rs.getString("webhook_id"),
                rs.getObject("alert_id", UUID.class),
                rs.getObject("subscription_id", UUID.class),
                Purpose.valueOf(rs.getString("purpose")),
                rs.getInt("attempts"),
                rs.wasNull() ? null : status,
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("dead_at").toInstant());
    }
}
