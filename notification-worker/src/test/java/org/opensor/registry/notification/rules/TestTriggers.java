package org.opensor.registry.notification.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;

/** Test data builders for the rules: a registrant, a notice, a border hit. */
public final class TestTriggers {

    private TestTriggers() {}

    public static final UUID REGISTRANT = UUID.fromString("0b6c0d55-5a8a-4b57-9a55-0d3f3c8e2a11");

    public static RegistrantFacts aCambodianLivingInChamkarMon() {
        return new RegistrantFacts(
                REGISTRANT, "SOK", "Sokha", List.of("KHM"), CustodyStatusV1.NOT_IN_CUSTODY, "KHM", "Chamkar Mon");
    }

    public static NoticeBuilder aNotice() {
        return new NoticeBuilder();
    }

    public static BorderHitV1 aHit(String post, String country, Instant at) {
        return new BorderHitV1(UUID.randomUUID(), REGISTRANT, post, country, "DEPARTURE", "STRONG", at);
    }

    public static DecreeBuilder aDecree() {
        return new DecreeBuilder();
    }

    /** A pardon that frees the registrant on 2026-04-14; change what a test needs. */
    public static final class DecreeBuilder {
        private String kind = "PARDON";
        private Integer months;
        private LocalDate release = LocalDate.of(2026, 4, 14);
        private boolean child;
        private boolean deportation;
        private boolean wanted;

        public DecreeBuilder reducedBy(int reductionMonths) {
            kind = "REDUCTION";
            months = reductionMonths;
            return this;
        }

        public DecreeBuilder releasedOn(LocalDate date) {
            release = date;
            return this;
        }

        public DecreeBuilder childSexOffence() {
            child = true;
            return this;
        }

        public DecreeBuilder deportationDecisionNeeded() {
            deportation = true;
            return this;
        }

        public DecreeBuilder wantedElsewhere() {
            wanted = true;
            return this;
        }

        public DecreeAppliedV1 build() {
            return new DecreeAppliedV1(
                    UUID.randomUUID(),
                    "NS/RKT/0426/101",
                    LocalDate.of(2026, 4, 12),
                    "Khmer New Year",
                    kind,
                    months,
                    REGISTRANT,
                    UUID.randomUUID(),
                    release,
                    child,
                    deportation,
                    wanted,
                    Instant.parse("2026-04-14T03:00:00Z"));
        }
    }

    public static final class NoticeBuilder {
        private UUID registrant = REGISTRANT;
        private LocalDate departure = LocalDate.of(2026, 3, 1);
        private LocalDate back = LocalDate.of(2026, 3, 15);
        private String departurePoint = "PNH";
        private final List<TravelNoticeDeclaredV1.Leg> legs = new ArrayList<>();
        private boolean late;

        public NoticeBuilder to(String country, String pointOfArrival) {
            legs.add(new TravelNoticeDeclaredV1.Leg(country, pointOfArrival, null, null));
            return this;
        }

        public NoticeBuilder from(LocalDate departure, LocalDate back) {
            this.departure = departure;
            this.back = back;
            return this;
        }

        public NoticeBuilder late() {
            this.late = true;
            return this;
        }

        public NoticeBuilder withoutDeparturePoint() {
            this.departurePoint = null;
            return this;
        }

        public NoticeBuilder forRegistrant(UUID id) {
            this.registrant = id;
            return this;
        }

        public TravelNoticeDeclaredV1 build() {
            return new TravelNoticeDeclaredV1(
                    UUID.randomUUID(),
                    registrant,
                    departure,
                    back,
                    departurePoint,
                    legs.isEmpty() ? List.of(new TravelNoticeDeclaredV1.Leg("THA", "BKK", "TG 585", departure)) : legs,
                    "tourism",
                    "PASSPORT",
                    "N0123456",
                    null,
                    late,
                    Instant.parse("2026-02-01T09:00:00Z"));
        }
    }
}
