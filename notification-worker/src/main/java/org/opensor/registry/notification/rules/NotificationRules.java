package org.opensor.registry.notification.rules;

import static org.opensor.registry.events.registrant.CustodyStatusV1.ABSCONDED;
import static org.opensor.registry.events.registrant.CustodyStatusV1.DEPORTED;
import static org.opensor.registry.events.registrant.CustodyStatusV1.IN_CUSTODY;
import static org.opensor.registry.events.registrant.CustodyStatusV1.NOT_IN_CUSTODY;
import static org.opensor.registry.events.registrant.CustodyStatusV1.ON_BAIL;
import static org.opensor.registry.events.registrant.CustodyStatusV1.ON_PAROLE;
import static org.opensor.registry.notification.adminapi.AlertType.COURT_TRAVEL_BAN;
import static org.opensor.registry.notification.adminapi.AlertType.CUSTODY_RELEASE;
import static org.opensor.registry.notification.adminapi.AlertType.DEPORTATION_ORDERED;
import static org.opensor.registry.notification.adminapi.AlertType.DEPORTATION_OVERDUE;
import static org.opensor.registry.notification.adminapi.AlertType.FOREIGN_NATIONAL_RELEASE;
import static org.opensor.registry.notification.adminapi.AlertType.TRAVEL_NOTICE;
import static org.opensor.registry.notification.adminapi.AlertType.TRAVEL_WHILE_RESTRAINED;
import static org.opensor.registry.notification.adminapi.AlertType.UNDECLARED_TRAVEL;
import static org.opensor.registry.notification.adminapi.AlertType.WANTED_ELSEWHERE_RELEASE;
import static org.opensor.registry.notification.rules.Severity.CRITICAL;
import static org.opensor.registry.notification.rules.Severity.ROUTINE;
import static org.opensor.registry.notification.rules.Severity.URGENT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.opensor.registry.events.alert.AlertIssuedV1;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.opensor.registry.notification.adminapi.AlertType;
import org.opensor.registry.notification.rules.Trigger.BorderCrossing;
import org.opensor.registry.notification.rules.Trigger.CustodyChanged;
import org.opensor.registry.notification.rules.Trigger.DecreeApplied;
import org.opensor.registry.notification.rules.Trigger.DeportationOrdered;
import org.opensor.registry.notification.rules.Trigger.DeportationOverdue;
import org.opensor.registry.notification.rules.Trigger.ReleaseGuard;
import org.opensor.registry.notification.rules.Trigger.TravelBanHit;
import org.opensor.registry.notification.rules.Trigger.TravelDeclared;

/**
 * The notification rules, one row each: on what, when, which alert, how severe, to whom, and why (DESIGN §6).
 * Rules are independent: every row that matches a trigger issues its alert (a hit on an absconded person with no
 * notice is both undeclared and critical). Plain Java; the alert service turns drafts into alerts, once per
 * source event, rule and recipient.
 */
public final class NotificationRules {

    /** Custody statuses in which a person should not be crossing a border (escape is recorded as absconded). */
    static final Set<CustodyStatusV1> RESTRAINED = EnumSet.of(IN_CUSTODY, ON_BAIL, ABSCONDED);
    /** Custody statuses a custody event can move to that put the person back in the community. */
    static final Set<CustodyStatusV1> RELEASED = EnumSet.of(NOT_IN_CUSTODY, ON_BAIL, ON_PAROLE, DEPORTED);

    private final String homeCountry;
    private final List<Rule<?>> table;

    /** @param homeCountry ISO 3166-1 alpha-3 code of the country running the registry (its border posts, its police) */
    public NotificationRules(String homeCountry) {
        this.homeCountry = Objects.requireNonNull(homeCountry, "homeCountry");
        this.table = List.of(
                new Rule<>(
                        "travel-declared",
                        TravelDeclared.class,
                        "a travel notice is declared or amended",
                        t -> true,
                        TRAVEL_NOTICE,
                        t -> t.notice().late() ? URGENT : ROUTINE,
                        "the home border post of exit, the point of arrival of every leg, the liaison of every foreign destination",
                        this::itinerary,
                        t -> "Declared travel to " + String.join(", ", destinations(t.notice()))
                                + (t.notice().late() ? " (late notice)" : ""),
                        t -> Rationales.declaredTravel(t.notice(), t.subject()),
                        t -> AlertWordings.declaredTravel(t.notice(), t.subject())),
                new Rule<>(
                        "undeclared-travel",
                        BorderCrossing.class,
                        "a border hit that no declared, uncancelled notice covers",
                        t -> !t.declared(),
                        UNDECLARED_TRAVEL,
                        t -> URGENT,
                        "the border post of the hit, the police of the district of residence, the liaison of the country if foreign",
                        this::borderHitRecipients,
                        t -> "Undeclared " + t.hit().direction().toLowerCase() + " at "
                                + t.hit().borderPost() + " (" + t.hit().country() + ")",
                        t -> Rationales.undeclaredTravel(t.hit(), t.subject()),
                        t -> AlertWordings.undeclaredTravel(t.hit(), t.subject())),
                new Rule<>(
                        "travel-while-restrained",
                        BorderCrossing.class,
                        "a border hit on someone in custody, on bail, escaped or absconded",
                        t -> t.subject().custodyStatus() != null
                                && RESTRAINED.contains(t.subject().custodyStatus()),
                        TRAVEL_WHILE_RESTRAINED,
                        t -> CRITICAL,
                        "the border post of the hit, the police of the district of residence, the liaison of the country if foreign",
                        this::borderHitRecipients,
                        t -> "Border hit at " + t.hit().borderPost() + " ("
                                + t.hit().country() + ") on a person recorded as "
                                + t.subject().custodyStatus(),
                        t -> Rationales.restrainedTravel(t.hit(), t.subject()),
                        t -> AlertWordings.restrainedTravel(t.hit(), t.subject())),
                new Rule<>(
                        "custody-release",
                        CustodyChanged.class,
                        "a custody event moves the person to released, bail, parole (incl. pardon) or deported",
                        t -> changedTo(t, RELEASED),
                        CUSTODY_RELEASE,
                        t -> ROUTINE,
                        "the police of the district of residence (of the home country when no residence is known)",
                        this::districtPolice,
                        t -> "Custody status now " + t.subject().custodyStatus()
                                + (t.previousStatus() == null ? "" : " (was " + t.previousStatus() + ")"),
                        t -> Rationales.release(t.previousStatus(), t.subject()),
                        t -> AlertWordings.release(t.previousStatus(), t.subject())),
                new Rule<>(
                        "foreign-national-release",
                        CustodyChanged.class,
                        "a foreign national is released (sentence served or pardoned) or deported",
                        t -> changedTo(t, EnumSet.of(NOT_IN_CUSTODY, DEPORTED))
                                && !foreignNationalities(t.subject()).isEmpty(),
                        FOREIGN_NATIONAL_RELEASE,
                        t -> ROUTINE,
                        "the liaison of every foreign nationality",
                        t -> foreignNationalities(t.subject()).stream()
                                .map(Recipient::liaison)
                                .toList(),
                        t -> "Foreign national " + (t.subject().custodyStatus() == DEPORTED ? "deported" : "released"),
                        t -> Rationales.release(t.previousStatus(), t.subject()),
                        t -> AlertWordings.foreignNationalRelease(t.previousStatus(), t.subject())),
                new Rule<>(
                        "decree-release-police",
                        DecreeApplied.class,
                        "a pardon or reduction decree releases the person (now or on a recomputed date)",
                        t -> t.decree().releaseDate() != null,
                        CUSTODY_RELEASE,
                        NotificationRules::decreeSeverity,
                        "the police of the district of residence, where the person is released (of the home country when no residence is known)",
                        t -> releaseDistrictPolice(t.subject()),
                        t -> decreeReason(t.decree(), false),
                        t -> Rationales.decreeRelease(t.decree(), t.subject(), false),
                        t -> AlertWordings.decreeRelease(t.decree(), t.subject(), false)),
                new Rule<>(
                        "decree-release-border",
                        DecreeApplied.class,
                        "a pardon or reduction decree releases the person (now or on a recomputed date)",
                        t -> t.decree().releaseDate() != null,
                        CUSTODY_RELEASE,
                        NotificationRules::decreeSeverity,
                        "every border post of the home country (border-post:<home>:" + Recipient.EVERY_POST + ")",
                        t -> List.of(Recipient.borderPost(homeCountry, Recipient.EVERY_POST)),
                        t -> decreeReason(t.decree(), true),
                        t -> Rationales.decreeRelease(t.decree(), t.subject(), true),
                        t -> AlertWordings.decreeRelease(t.decree(), t.subject(), true)),
                new Rule<>(
                        "court-travel-ban",
                        TravelBanHit.class,
                        "a traveller matches a person a court prohibited from leaving the country (registrant or not)",
                        t -> true,
                        COURT_TRAVEL_BAN,
                        t -> URGENT,
                        "the border post of the hit, the police of the district of residence when known (else the national police)",
                        this::travelBanRecipients,
                        t -> "STOP: court travel ban at " + t.hit().borderPost() + " ("
                                + t.hit().country() + ")",
                        t -> Rationales.travelBan(t.hit()),
                        t -> AlertWordings.travelBan(t.hit())),
                new Rule<>(
                        "wanted-elsewhere-release",
                        ReleaseGuard.class,
                        "a release, bail, parole, pardon or deportation is about to take effect for a person with an open foreign request",
                        t -> true,
                        WANTED_ELSEWHERE_RELEASE,
                        t -> CRITICAL,
                        "the police of the district of residence (else the national police) and the prosecution office named by the guard",
                        this::guardRecipients,
                        t -> "Wanted by "
                                + String.join(
                                        ", ",
                                        t.guard().requests().stream()
                                                .map(r -> r.requestingState())
                                                .distinct()
                                                .toList())
                                + "; " + t.guard().release().toLowerCase() + " scheduled on "
                                + t.guard().scheduledOn(),
                        t -> Rationales.releaseGuard(t.guard()),
                        t -> AlertWordings.releaseGuard(t.guard())),
                new Rule<>(
                        "deportation-ordered",
                        DeportationOrdered.class,
                        "a deportation is ordered",
                        t -> true,
                        DEPORTATION_ORDERED,
                        t -> ROUTINE,
                        "the liaison of every foreign nationality, the home border post of exit when the itinerary names it",
                        this::deportationRecipients,
                        t -> "Deportation ordered (" + t.order().orderReference() + "), due by "
                                + t.order().dueBy(),
                        t -> Rationales.deportationOrdered(t.order()),
                        t -> AlertWordings.deportationOrdered(t.order())),
                new Rule<>(
                        "deportation-overdue",
                        DeportationOverdue.class,
                        "a deportation's due date passed with no exit seen at the border",
                        t -> true,
                        DEPORTATION_OVERDUE,
                        t -> URGENT,
                        "the police of the district of residence (else the national police), the planned border post of exit",
                        this::overdueDeportationRecipients,
                        t -> "Deportation overdue: no exit seen by "
                                + t.overdue().dueBy(),
                        t -> Rationales.deportationOverdue(t.overdue()),
                        t -> AlertWordings.deportationOverdue(t.overdue())));
    }

    /** Every alert the rules issue for this trigger, in table order. */
    public List<AlertDraft> evaluate(Trigger trigger) {
        List<AlertDraft> drafts = new ArrayList<>();
        for (Rule<?> rule : table) {
            rule.apply(trigger).ifPresent(drafts::add);
        }
        return drafts;
    }

    /** The table, for documentation and tests. */
    public List<Rule<?>> table() {
        return table;
    }

    /**
     * One row of the table.
     *
     * @param id                 stable id, part of the alert's idempotency key: never reuse one for another meaning
     * @param on                 the kind of trigger the row looks at
     * @param whenInWords        the condition, in words
     * @param when               the condition
     * @param type               the alert type issued
     * @param severity           how severe
     * @param recipientsInWords  the recipients, in words
     * @param recipients         the recipients
     * @param reason             one line: why
     * @param rationale          the risk rationale
     * @param wording            the reason and the rationale as codes, for a reader in another language
     */
    public record Rule<T extends Trigger>(
            String id,
            Class<T> on,
            String whenInWords,
            Predicate<T> when,
            AlertType type,
            Function<T, Severity> severity,
            String recipientsInWords,
            Function<T, List<Recipient>> recipients,
            Function<T, String> reason,
            Function<T, String> rationale,
            Function<T, AlertIssuedV1.Wording> wording) {

        java.util.Optional<AlertDraft> apply(Trigger trigger) {
            if (!on.isInstance(trigger) || !when.test(on.cast(trigger))) {
                return java.util.Optional.empty();
            }
            T t = on.cast(trigger);
            List<Recipient> to = List.copyOf(new LinkedHashSet<>(recipients.apply(t)));
            if (to.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new AlertDraft(
                    id,
                    t.eventId(),
                    type,
                    severity.apply(t),
                    t.subject(),
                    to,
                    reason.apply(t),
                    rationale.apply(t),
                    wording.apply(t)));
        }
    }

    private List<Recipient> itinerary(TravelDeclared t) {
        List<Recipient> to = new ArrayList<>();
        if (t.notice().departurePoint() != null) {
            to.add(Recipient.borderPost(homeCountry, t.notice().departurePoint()));
        }
        for (TravelNoticeDeclaredV1.Leg leg : t.notice().legs()) {
            to.add(Recipient.borderPost(leg.country(), leg.pointOfArrival()));
        }
        for (TravelNoticeDeclaredV1.Leg leg : t.notice().legs()) {
            if (!leg.country().equals(homeCountry)) {
                to.add(Recipient.liaison(leg.country()));
            }
        }
        return to;
    }

    private List<Recipient> borderHitRecipients(BorderCrossing t) {
        List<Recipient> to = new ArrayList<>();
        to.add(Recipient.borderPost(t.hit().country(), t.hit().borderPost()));
        if (t.subject().residenceDistrict() != null) {
            to.add(Recipient.districtPolice(
                    t.subject().residenceCountry(), t.subject().residenceDistrict()));
        }
        if (!t.hit().country().equals(homeCountry)) {
            to.add(Recipient.liaison(t.hit().country()));
        }
        return to;
    }

    private List<Recipient> travelBanRecipients(TravelBanHit t) {
        List<Recipient> to = new ArrayList<>();
        to.add(Recipient.borderPost(t.hit().country(), t.hit().borderPost()));
        to.addAll(policeOf(t.subject()));
        return to;
    }

    private List<Recipient> guardRecipients(ReleaseGuard t) {
        List<Recipient> to = new ArrayList<>(policeOf(t.subject()));
        to.add(Recipient.prosecutor(homeCountry, t.guard().prosecutorOffice()));
        return to;
    }

    private List<Recipient> deportationRecipients(DeportationOrdered t) {
        List<Recipient> to = new ArrayList<>();
        t.order().nationalities().stream()
                .filter(code -> !code.equals(homeCountry))
                .map(Recipient::liaison)
                .forEach(to::add);
        if (t.order().itinerary() != null) {
            to.add(Recipient.borderPost(homeCountry, t.order().itinerary().borderPost()));
        }
        return to;
    }

    private List<Recipient> overdueDeportationRecipients(DeportationOverdue t) {
        List<Recipient> to = new ArrayList<>(policeOf(t.subject()));
        if (t.overdue().borderPost() != null) {
            to.add(Recipient.borderPost(homeCountry, t.overdue().borderPost()));
        }
        return to;
    }

    private List<Recipient> districtPolice(CustodyChanged t) {
        return policeOf(t.subject());
    }

    private List<Recipient> policeOf(RegistrantFacts s) {
        if (s.residenceDistrict() == null) {
            // No known residence: the national police take it rather than nobody.
            return List.of(Recipient.liaison(homeCountry));
        }
        return List.of(Recipient.districtPolice(
                s.residenceCountry() == null ? homeCountry : s.residenceCountry(), s.residenceDistrict()));
    }

    private List<Recipient> releaseDistrictPolice(RegistrantFacts s) {
        if (s.residenceDistrict() == null) {
            // No known residence: the national police take it rather than nobody.
            return List.of(Recipient.liaison(homeCountry));
        }
        return List.of(Recipient.districtPolice(
                s.residenceCountry() == null ? homeCountry : s.residenceCountry(), s.residenceDistrict()));
    }

    /** A child-sex offender or someone wanted elsewhere going free is urgent; any other release by decree is routine. */
    private static Severity decreeSeverity(DecreeApplied t) {
        return t.decree().childSexOffence() || t.decree().wantedElsewhere() ? URGENT : ROUTINE;
    }

    private static String decreeReason(DecreeAppliedV1 d, boolean border) {
        StringBuilder reason = new StringBuilder("Release on ")
                .append(d.releaseDate())
                .append(" under ")
                .append(
                        "PARDON".equals(d.kind())
                                ? "pardon"
                                : "sentence reduction (" + d.reductionMonths() + " months)")
                .append(" decree ")
                .append(d.decreeNumber());
        if (d.childSexOffence()) {
            reason.append("; convicted of a sexual offence against a child");
        }
        if (d.wantedElsewhere()) {
            reason.append("; wanted elsewhere");
        }
        if (border && d.deportationDecisionNeeded()) {
            reason.append("; foreign national, deportation decision pending");
        }
        return reason.toString();
    }

    private List<String> foreignNationalities(RegistrantFacts subject) {
        return subject.nationalities().stream()
                .filter(code -> !code.equals(homeCountry))
                .toList();
    }

    private static boolean changedTo(CustodyChanged t, Set<CustodyStatusV1> statuses) {
        CustodyStatusV1 now = t.subject().custodyStatus();
        return now != null && statuses.contains(now) && now != t.previousStatus();
    }

    private static List<String> destinations(TravelNoticeDeclaredV1 notice) {
        return notice.legs().stream()
                .map(leg -> leg.country() + " (" + leg.pointOfArrival() + ")")
                .distinct()
                .toList();
    }
}
