package org.opensor.registry.notification.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opensor.registry.events.alert.AlertIssuedV1.Phrase;
import org.opensor.registry.events.alert.AlertIssuedV1.Wording;
import org.opensor.registry.events.alert.AlertPhraseCodes;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.DeportationOrderedV1;
import org.opensor.registry.events.travel.DeportationOverdueV1;
import org.opensor.registry.events.travel.TravelBanHitV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;

/**
 * Each rule's reason and rationale as codes with their particulars, the same facts as the English of
 * {@link NotificationRules} and {@link Rationales}, so that a reader in another language (registry-api's console,
 * {@code alert.reason.<code>} and {@code alert.rationale.<code>}) words them itself; every code is listed
 * in {@link AlertPhraseCodes}. Flags are {@code yes} or
 * {@code no}; lists of countries are codes joined by commas; a destination is {@code <country> <point>}.
 */
final class AlertWordings {

    private AlertWordings() {}

    static Wording declaredTravel(TravelNoticeDeclaredV1 notice, RegistrantFacts subject) {
        List<Phrase> why = new ArrayList<>();
        why.add(Phrase.of("travel-declared", "departureDate", notice.departureDate()));
        for (TravelNoticeDeclaredV1.Leg leg : notice.legs()) {
            why.add(Phrase.of(
                    "travel-leg",
                    "country",
                    leg.country(),
                    "pointOfArrival",
                    leg.pointOfArrival(),
                    "arrivalDate",
                    leg.arrivalDate()));
        }
        why.add(
                notice.returnDate() == null
                        ? Phrase.of("travel-no-return")
                        : Phrase.of("travel-return", "returnDate", notice.returnDate()));
        why.add(Phrase.of("travel-purpose", "purpose", notice.purpose()));
        if (notice.late()) {
            why.add(Phrase.of("travel-late"));
        }
        custody(subject).ifPresent(why::add);
        why.add(Phrase.of("travel-preventive"));
        String destinations = notice.legs().stream()
                .map(leg -> leg.country() + " " + leg.pointOfArrival())
                .distinct()
                .collect(Collectors.joining(","));
        return new Wording(
                Phrase.of("travel-declared", "destinations", destinations, "late", flag(notice.late())), why);
    }

    static Wording undeclaredTravel(BorderHitV1 hit, RegistrantFacts subject) {
        List<Phrase> why = new ArrayList<>();
        why.add(Phrase.of(
                "undeclared-travel",
                "borderPost",
                hit.borderPost(),
                "country",
                hit.country(),
                "direction",
                hit.direction(),
                "matchBand",
                hit.matchBand()));
        custody(subject).ifPresent(why::add);
        why.add(Phrase.of("undeclared-travel-check"));
        return new Wording(
                Phrase.of(
                        "undeclared-travel",
                        "direction",
                        hit.direction(),
                        "borderPost",
                        hit.borderPost(),
                        "country",
                        hit.country()),
                why);
    }

    static Wording restrainedTravel(BorderHitV1 hit, RegistrantFacts subject) {
        String status = name(subject.custodyStatus());
        return new Wording(
                Phrase.of(
                        "travel-while-restrained",
                        "borderPost",
                        hit.borderPost(),
                        "country",
                        hit.country(),
                        "status",
                        status),
                List.of(Phrase.of(
                        "restrained-travel",
                        "status",
                        status,
                        "borderPost",
                        hit.borderPost(),
                        "country",
                        hit.country(),
                        "direction",
                        hit.direction(),
                        "matchBand",
                        hit.matchBand())));
    }

    static Wording release(CustodyStatusV1 previousStatus, RegistrantFacts subject) {
        return new Wording(
                Phrase.of(
                        "custody-release",
                        "status",
                        name(subject.custodyStatus()),
                        "previousStatus",
                        name(previousStatus)),
                releaseWhy(previousStatus, subject));
    }

    static Wording foreignNationalRelease(CustodyStatusV1 previousStatus, RegistrantFacts subject) {
        return new Wording(
                Phrase.of(
                        subject.custodyStatus() == CustodyStatusV1.DEPORTED
                                ? "foreign-national-deported"
                                : "foreign-national-released"),
                releaseWhy(previousStatus, subject));
    }

    private static List<Phrase> releaseWhy(CustodyStatusV1 previousStatus, RegistrantFacts subject) {
        List<Phrase> why = new ArrayList<>();
        why.add(Phrase.of("release", "status", name(subject.custodyStatus()), "previousStatus", name(previousStatus)));
        nationalities(subject).ifPresent(why::add);
        why.add(Phrase.of("registration-continues"));
        why.add(Phrase.of("verify-address"));
        return why;
    }

    static Wording decreeRelease(DecreeAppliedV1 d, RegistrantFacts subject, boolean border) {
        boolean pardon = "PARDON".equals(d.kind());
        Phrase reason = Phrase.of(
                pardon ? "decree-pardon" : "decree-reduction",
                "releaseDate",
                d.releaseDate(),
                "months",
                pardon ? null : d.reductionMonths(),
                "decreeNumber",
                d.decreeNumber(),
                "child",
                flag(d.childSexOffence()),
                "wanted",
                flag(d.wantedElsewhere()),
                "deportationPending",
                flag(border && d.deportationDecisionNeeded()));
        List<Phrase> why = new ArrayList<>();
        why.add(Phrase.of(
                "decree-release",
                "pardon",
                flag(pardon),
                "releaseDate",
                d.releaseDate(),
                "months",
                pardon ? null : d.reductionMonths(),
                "decreeNumber",
                d.decreeNumber(),
                "decreeDate",
                d.decreeDate(),
                "occasion",
                d.occasion()));
        if (d.childSexOffence()) {
            why.add(Phrase.of("decree-child"));
        }
        nationalities(subject).ifPresent(why::add);
        if (d.deportationDecisionNeeded()) {
            why.add(Phrase.of("decree-deportation-pending"));
        }
        if (d.wantedElsewhere()) {
            why.add(Phrase.of("decree-wanted"));
        }
        why.add(Phrase.of("registration-continues"));
        why.add(Phrase.of(border ? "decree-border" : "verify-address"));
        return new Wording(reason, why);
    }

    static Wording travelBan(TravelBanHitV1 hit) {
        return new Wording(
                Phrase.of("court-travel-ban", "borderPost", hit.borderPost(), "country", hit.country()),
                List.of(Phrase.of(
                        "court-travel-ban",
                        "borderPost",
                        hit.borderPost(),
                        "country",
                        hit.country(),
                        "direction",
                        hit.direction(),
                        "matchBand",
                        hit.matchBand(),
                        "court",
                        hit.court(),
                        "caseNumber",
                        hit.caseNumber())));
    }

    static Wording releaseGuard(ReleaseGuardRaisedV1 guard) {
        List<Phrase> why = new ArrayList<>();
        for (ReleaseGuardRaisedV1.Request r : guard.requests()) {
            why.add(Phrase.of(
                    "wanted-request",
                    "country",
                    r.requestingState(),
                    "offence",
                    r.offence(),
                    "reference",
                    r.reference(),
                    "interpolNotice",
                    r.interpolNotice()));
        }
        why.add(Phrase.of("wanted-act", "release", guard.release(), "scheduledOn", guard.scheduledOn()));
        String states = guard.requests().stream()
                .map(ReleaseGuardRaisedV1.Request::requestingState)
                .distinct()
                .collect(Collectors.joining(","));
        return new Wording(
                Phrase.of(
                        "wanted-elsewhere-release",
                        "requestingStates",
                        states,
                        "release",
                        guard.release(),
                        "scheduledOn",
                        guard.scheduledOn()),
                why);
    }

    static Wording deportationOrdered(DeportationOrderedV1 order) {
        List<Phrase> why = new ArrayList<>();
        why.add(Phrase.of(
                "deportation-ordered",
                "orderReference",
                order.orderReference(),
                "orderedOn",
                order.orderedOn(),
                "dueBy",
                order.dueBy(),
                "rationale",
                order.rationale()));
        DeportationOrderedV1.Itinerary it = order.itinerary();
        why.add(
                it == null
                        ? Phrase.of("deportation-no-itinerary")
                        : Phrase.of(
                                "deportation-itinerary",
                                "departureDate",
                                it.departureDate(),
                                "borderPost",
                                it.borderPost(),
                                "carrier",
                                it.carrier(),
                                "destination",
                                it.destination()));
        why.add(Phrase.of("deportation-preventive"));
        return new Wording(
                Phrase.of("deportation-ordered", "orderReference", order.orderReference(), "dueBy", order.dueBy()),
                why);
    }

    static Wording deportationOverdue(DeportationOverdueV1 overdue) {
        return new Wording(
                Phrase.of("deportation-overdue", "dueBy", overdue.dueBy()),
                List.of(Phrase.of(
                        "deportation-overdue", "dueBy", overdue.dueBy(), "orderReference", overdue.orderReference())));
    }

    private static java.util.Optional<Phrase> custody(RegistrantFacts subject) {
        return subject.custodyStatus() == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(Phrase.of("custody", "status", name(subject.custodyStatus())));
    }

    private static java.util.Optional<Phrase> nationalities(RegistrantFacts subject) {
        return subject.nationalities().isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        Phrase.of("nationalities", "nationalities", String.join(",", subject.nationalities())));
    }

    private static String flag(boolean value) {
        return value ? "yes" : "no";
    }

    private static String name(CustodyStatusV1 status) {
        return status == null ? null : status.name();
    }
}
