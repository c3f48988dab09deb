package org.opensor.registry.notification.rules;

import java.util.stream.Collectors;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.DecreeAppliedV1;
import org.opensor.registry.events.registrant.ReleaseGuardRaisedV1;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.DeportationOrderedV1;
import org.opensor.registry.events.travel.DeportationOverdueV1;
import org.opensor.registry.events.travel.TravelBanHitV1;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;

/**
 * The risk rationale a recipient reads, in words. Only what the alert needs: no conviction detail beyond the fact
 * of registration (border officers must not read more). When the registrant projection learns risk tier or
 * offence category, this is where they enter the text.
 */
final class Rationales {

    private Rationales() {}

    static String declaredTravel(TravelNoticeDeclaredV1 notice, RegistrantFacts subject) {
        String route = notice.legs().stream()
                .map(leg -> leg.country() + " via " + leg.pointOfArrival()
                        + (leg.arrivalDate() == null ? "" : " on " + leg.arrivalDate()))
                .collect(Collectors.joining(", then "));
        return "The subject is on the sex-offender register and declared travel to " + route
                + ", departing " + notice.departureDate()
                + (notice.returnDate() == null ? " with no declared return" : ", returning " + notice.returnDate())
                + ". Purpose: " + notice.purpose() + "."
                + (notice.late() ? " The notice was given inside the notice period (late)." : "")
                + custody(subject)
                + " Destination authorities are told so they may take preventive measures (Green Notice practice).";
    }

    static String undeclaredTravel(BorderHitV1 hit, RegistrantFacts subject) {
        return "The subject is on the sex-offender register and was screened at " + hit.borderPost() + " ("
                + hit.country()
                + ", " + hit.direction().toLowerCase() + ", " + hit.matchBand().toLowerCase()
                + " match) with no declared"
                + " travel notice covering the crossing: a possible breach of the duty to notify travel."
                + custody(subject)
                + " Confirm the identity and report the outcome.";
    }

    static String restrainedTravel(BorderHitV1 hit, RegistrantFacts subject) {
        return "The subject is recorded as " + subject.custodyStatus() + " and was screened at " + hit.borderPost()
                + " ("
                + hit.country() + ", " + hit.direction().toLowerCase() + ", "
                + hit.matchBand().toLowerCase()
                + " match). A person in this status should not be crossing a border: detain if the identity is confirmed"
                + " and inform the police of the district of residence.";
    }

    static String release(CustodyStatusV1 previousStatus, RegistrantFacts subject) {
        return "The subject, on the sex-offender register, is now " + subject.custodyStatus()
                + (previousStatus == null ? "" : " (previously " + previousStatus + ")")
                + (subject.nationalities().isEmpty()
                        ? ""
                        : "; nationality " + String.join(", ", subject.nationalities()))
                + ". Registration continues unless the registry says otherwise (a pardon does not end it)."
                + " Verify the address and the registration duties.";
    }

    static String decreeRelease(DecreeAppliedV1 d, RegistrantFacts subject, boolean border) {
        String what = "PARDON".equals(d.kind())
                ? "a royal pardon"
                : "a sentence reduction of " + d.reductionMonths() + " months";
        String text = "The subject, on the sex-offender register, is released on " + d.releaseDate() + " by " + what
                + " (decree "
                + d.decreeNumber() + " of " + d.decreeDate() + (d.occasion() == null ? "" : ", " + d.occasion()) + ")."
                + (d.childSexOffence() ? " A conviction is for a sexual offence against a child." : "")
                + (subject.nationalities().isEmpty()
                        ? ""
                        : " Nationality " + String.join(", ", subject.nationalities()) + ".")
                + (d.deportationDecisionNeeded() ? " A foreign national: a deportation decision is pending." : "")
                + (d.wantedElsewhere() ? " A foreign request for the subject is open." : "")
                + " Registration continues unless the registry says otherwise (a pardon does not end it).";
        return text
                + (border
                        ? " Sent to every border post: watch for a departure soon after release and check for a travel notice."
                        : " Verify the address and the registration duties after release.");
    }

    /** What the border needs to stop the traveller: the court and case to call, never the offence. */
    static String travelBan(TravelBanHitV1 hit) {
        return "The traveller screened at " + hit.borderPost() + " (" + hit.country() + ", "
                + hit.direction().toLowerCase() + ", "
                + hit.matchBand().toLowerCase()
                + " match) is under a court order prohibiting them from leaving Cambodia ("
                + hit.court() + ", case " + hit.caseNumber()
                + "). Stop the traveller, confirm the identity and call the court or the"
                + " police; do not let them depart.";
    }

    static String releaseGuard(ReleaseGuardRaisedV1 guard) {
        String requests = guard.requests().stream()
                .map(r -> r.requestingState() + " (" + r.offence() + ", reference " + r.reference()
                        + (r.interpolNotice() == null ? "" : ", INTERPOL " + r.interpolNotice()) + ")")
                .collect(Collectors.joining("; "));
        return "The subject is wanted by " + requests + ". A " + guard.release().toLowerCase() + " takes effect on "
                + guard.scheduledOn()
                + ". Before it does, the prosecutor decides whether to seek provisional arrest or extradition proceedings and the police"
                + " where to find the person; a release need not wait for them, so act before that date.";
    }

    static String deportationOrdered(DeportationOrderedV1 order) {
        DeportationOrderedV1.Itinerary it = order.itinerary();
        return "The subject, on the sex-offender register, is to be deported from Cambodia (" + order.orderReference()
                + ", ordered on "
                + order.orderedOn() + ", to leave by " + order.dueBy() + "). Rationale: " + order.rationale() + "."
                + (it == null
                        ? " The itinerary is not known yet."
                        : " Planned departure on " + it.departureDate() + " via " + it.borderPost()
                                + (it.carrier() == null ? "" : " (" + it.carrier() + ")") + " to " + it.destination()
                                + ".")
                + " The state of nationality is told so it may take preventive measures on arrival.";
    }

    static String deportationOverdue(DeportationOverdueV1 overdue) {
        return "The subject was to be deported by " + overdue.dueBy() + " (" + overdue.orderReference()
                + ") and no exit has been seen at"
                + " the border. Locate the person and inform the authority that ordered the deportation.";
    }

    private static String custody(RegistrantFacts subject) {
        return subject.custodyStatus() == null ? "" : " Custody status recorded: " + subject.custodyStatus() + ".";
    }
}
