package org.opensor.registry.events.travel;

import java.util.Set;

/**
 * Event types on {@link org.opensor.registry.events.Topics#TRAVEL}, keyed by registrant id (a travel-ban hit: by the person's subject id) so that a person's
 * notices and border hits stay in order. A released type is never edited: add v2.
 */
public final class TravelEventTypes {

    /** A travel notice was declared. Payload: {@link TravelNoticeDeclaredV1}. */
    public static final String NOTICE_DECLARED_V1 = "org.opensor.registry.travel.notice-declared.v1";
    /** A declared notice was amended; the payload carries the whole notice as it now stands. Payload: {@link TravelNoticeDeclaredV1}. */
    public static final String NOTICE_AMENDED_V1 = "org.opensor.registry.travel.notice-amended.v1";
    /** A declared notice was cancelled. Payload: {@link TravelNoticeCancelledV1}. */
    public static final String NOTICE_CANCELLED_V1 = "org.opensor.registry.travel.notice-cancelled.v1";
    /** Border screening matched a traveller to a registrant. Payload: {@link BorderHitV1}. */
    public static final String BORDER_HIT_V1 = "org.opensor.registry.travel.border-hit.v1";

    /**
     * Border screening matched a traveller to a person under a court travel ban, registrant or not; keyed by the
     * person's subject id (the registrant id when there is one). Payload: {@link TravelBanHitV1}.
     */
    public static final String TRAVEL_BAN_HIT_V1 = "org.opensor.registry.travel.travel-ban-hit.v1";

    /** A deportation was ordered: the states of nationality are told. Payload: {@link DeportationOrderedV1}. */
    public static final String DEPORTATION_ORDERED_V1 = "org.opensor.registry.travel.deportation-ordered.v1";
    /** A deportation's due date passed with no exit seen. Payload: {@link DeportationOverdueV1}. */
    public static final String DEPORTATION_OVERDUE_V1 = "org.opensor.registry.travel.deportation-overdue.v1";

    /** Every type above. */
    public static final Set<String> ALL = Set.of(
            NOTICE_DECLARED_V1,
            NOTICE_AMENDED_V1,
            NOTICE_CANCELLED_V1,
            BORDER_HIT_V1,
            TRAVEL_BAN_HIT_V1,
            DEPORTATION_ORDERED_V1,
            DEPORTATION_OVERDUE_V1);

    private TravelEventTypes() {}
}
