package org.opensor.registry.notification.registrant;

import java.time.Clock;
import java.util.UUID;
import org.opensor.registry.notification.delivery.DeliveryQueue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Erases the worker's copy of one registrant's personal data once registry-api has erased its own (retention after
 * de-registration): the projected facts, the travel notices and the record restriction go; alerts and webhook
 * deliveries stay as counts and states for the audit of what was sent, with their texts and bodies blanked. A delivery
 * being sent at that moment completes and is recorded as delivered; every other one not yet delivered is withheld
 * ({@link DeliveryQueue#eraseBodiesOf}), so nothing with the person's data leaves afterwards.
 */
@Repository
public class PersonalDataErasure {

    /** What was removed or blanked, in counts: what the worker logs, never who. */
    public record Erased(int facts, int travelNotices, int restrictions, int alerts, int deliveries) {}

    /** Stands in for an alert's reason and rationale once the person's data is gone. */
    static final String ERASED = "(erased after retention)";

    private final JdbcClient jdbc;
    private final DeliveryQueue deliveryQueue;
    private final Clock clock;

    PersonalDataErasure(JdbcClient jdbc, DeliveryQueue deliveryQueue, Clock clock) {
        this.jdbc = jdbc;
        this.deliveryQueue = deliveryQueue;
        this.clock = clock;
    }

    /** Call inside the intake's transaction; erasing twice finds nothing the second time. */
    public Erased erase(UUID registrantId) {
        int facts = jdbc.sql("delete from notification.registrant_fact where registrant_id = :id")
                .param("id", registrantId)
                .update();
        int notices = jdbc.sql("delete from notification.travel_notice where registrant_id = :id")
                .param("id", registrantId)
                .update();
        int restrictions = jdbc.sql("delete from notification.record_restriction where registrant_id = :id")
                .param("id", registrantId)
                .update();
        int deliveries = deliveryQueue.eraseBodiesOf(registrantId, clock.instant());
        int alerts =
                jdbc.sql("""
                        update notification.alert set reason = :erased, rationale = :erased, data = '{}'::jsonb
                        where registrant_id = :id and data <> '{}'::jsonb""").param("id", registrantId).param("erased", ERASED).update();
        return new Erased(facts, notices, restrictions, alerts, deliveries);
    }
}
