package org.opensor.registry.api.deportation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.custody.CustodyEventType;
import org.opensor.registry.api.custody.NewCustodyEvent;
import org.opensor.registry.api.refusal.RuleViolation;
import org.opensor.registry.api.registrant.RegistrantId;
import org.opensor.registry.api.registrant.RegistrantService;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.travel.DeportationOrderedV1;
import org.opensor.registry.events.travel.DeportationOverdueV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deportation: the order is a custody event (so the release guard and the custody rules apply as to any) plus its due
 * date, rationale and itinerary; the states of nationality are told through {@link DeportationOrderedV1}. The exit
 * seen at the border closes the order; no exit by the due date raises {@link DeportationOverdueV1}.
 */
@Service
public class DeportationService {

    /** What the clerk enters. */
    public record NewOrder(
            String orderReference,
            LocalDate orderedOn,
            LocalDate dueBy,
            String rationale,
            DeportationOrder.Itinerary itinerary,
            String reason) {}

    private final DeportationOrders orders;
    private final RegistrantService registrants;
    private final Outbox outbox;
    private final Clock clock;

    DeportationService(DeportationOrders orders, RegistrantService registrants, Outbox outbox, Clock clock) {
        this.orders = orders;
        this.registrants = registrants;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public DeportationOrder order(RegistrantId id, Long expectedVersion, NewOrder command, String actor) {
        if (command.dueBy().isBefore(command.orderedOn())) {
            throw new RuleViolation(
                    "dueBy",
                    "not-before-order",
                    "dueBy " + command.dueBy() + " is before the order (" + command.orderedOn() + ")");
        }
        if (command.itinerary() != null && command.itinerary().departureDate().isAfter(command.dueBy())) {
            throw new RuleViolation(
                    "itinerary.departureDate",
                    "not-after-due",
                    "the planned departure is after dueBy " + command.dueBy());
        }
        registrants.recordCustodyEvent(
                id,
                expectedVersion,
                new NewCustodyEvent(
                        CustodyEventType.DEPORTATION_ORDERED,
                        command.orderedOn(),
                        command.orderReference(),
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null,
                        command.reason()),
                actor);
        Instant now = clock.instant();
        DeportationOrder order = new DeportationOrder(
                UUID.randomUUID(),
                id.value(),
                command.orderReference().strip(),
                command.orderedOn(),
                command.dueBy(),
                command.rationale().strip(),
                command.itinerary(),
                DeportationOrder.State.OPEN,
                null,
                actor,
                now);
        orders.add(order);
        DeportationOrder.Itinerary it = order.itinerary();
        outbox.append(
                Topics.TRAVEL,
                id.toString(),
                TravelEventTypes.DEPORTATION_ORDERED_V1,
                now,
                new DeportationOrderedV1(
                        order.id(),
                        id.value(),
                        orders.nationalitiesOf(id.value()),
                        order.orderReference(),
                        order.orderedOn(),
                        order.dueBy(),
                        order.rationale(),
                        it == null
                                ? null
                                : new DeportationOrderedV1.Itinerary(
                                        it.departureDate(), it.borderPost(), it.carrier(), it.destination()),
                        now));
        return order;
    }

    @Transactional(readOnly = true)
    public List<DeportationOrder> of(RegistrantId id) {
        return orders.of(id.value());
    }

    /**
     * The compliance job's step, in its transaction: close the orders whose exit was seen, then alert the overdue ones.
     *
     * @return {closed, overdue}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int[] reconcile(Instant now) {
        int closed = orders.closeThoseSeenLeaving(now);
        List<DeportationOrder> overdue = orders.markOverdue(LocalDate.ofInstant(now, ZoneOffset.UTC));
        for (DeportationOrder order : overdue) {
            outbox.append(
                    Topics.TRAVEL,
                    order.registrantId().toString(),
                    TravelEventTypes.DEPORTATION_OVERDUE_V1,
                    now,
                    new DeportationOverdueV1(
                            order.id(),
                            order.registrantId(),
                            order.orderReference(),
                            order.dueBy(),
                            order.itinerary() == null ? null : order.itinerary().borderPost(),
                            now));
        }
        return new int[] {closed, overdue.size()};
    }
}
