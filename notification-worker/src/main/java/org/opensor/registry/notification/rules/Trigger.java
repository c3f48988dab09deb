package org.opensor.registry.notification.rules;

import java.util.UUID;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.DeportationOrderedV1;
import org.opensor.registry.events.travel.DeportationOverdueV1;
import org.opensor.registry.events.travel.TravelBanHitV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;

/** Something that happened and that the rules look at; {@link #eventId()} is the source event of any alert. */
public sealed interface Trigger {

    UUID eventId();

    RegistrantFacts subject();

    /** A travel notice declared or amended. */
    record TravelDeclared(UUID eventId, TravelNoticeDeclaredV1 notice, RegistrantFacts subject) implements Trigger {}

    /**
     * Border screening matched a traveller to a registrant.
     *
     * @param declared whether a declared, not cancelled notice covers this crossing
     */
    record BorderCrossing(UUID eventId, BorderHitV1 hit, RegistrantFacts subject, boolean declared)
            implements Trigger {}

    /**
     * A custody event was recorded.
     *
     * @param previousStatus the custody status before, or null when the worker did not know it
     */
    record CustodyChanged(UUID eventId, CustodyStatusV1 previousStatus, RegistrantFacts subject) implements Trigger {}

    /**
     * A pardon or sentence-reduction decree was applied to the registrant.
     *
     * @param decree the decree's effect on this registrant, as registry-api published it
     */
    record DecreeApplied(UUID eventId, DecreeAppliedV1 decree, RegistrantFacts subject) implements Trigger {}

    /** Border screening matched a traveller to a person under a court travel ban (registrant or not). */
    record TravelBanHit(UUID eventId, TravelBanHitV1 hit, RegistrantFacts subject) implements Trigger {}

    /** A release, bail, parole, pardon or deportation is about to take effect for a person with an open foreign request. */
    record ReleaseGuard(UUID eventId, ReleaseGuardRaisedV1 guard, RegistrantFacts subject) implements Trigger {}

    /** A deportation was ordered. */
    record DeportationOrdered(UUID eventId, DeportationOrderedV1 order, RegistrantFacts subject) implements Trigger {}

    /** A deportation's due date passed with no exit seen. */
    record DeportationOverdue(UUID eventId, DeportationOverdueV1 overdue, RegistrantFacts subject) implements Trigger {}
}
