package org.opensor.registry.api.registrant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opensor.registry.api.conviction.Conviction;
import org.opensor.registry.api.custody.CustodyEvent;
import org.opensor.registry.api.custody.CustodyTimeline;
import org.opensor.registry.api.custody.NewCustodyEvent;
import org.opensor.registry.api.history.FieldChange;
import org.opensor.registry.api.history.HistoryEntry;
import org.opensor.registry.api.place.Address;
import org.opensor.registry.api.registration.ComplianceStatus;
import org.opensor.registry.api.registration.Registration;
import org.opensor.registry.api.registration.RegistrationPolicy;
import org.opensor.registry.api.registration.RegistrationStatus;
import org.opensor.registry.api.registration.RegistrationTier;
import org.opensor.registry.api.registration.Verification;

/**
 * A person in the registry: identity, convictions, custody timeline, places, registration and verifications.
 * Immutable: every change returns the next state with {@link #version()} one higher, as a {@link Change} that also
 * carries its history entry. Convictions, custody events, addresses and verifications are only ever added.
 *
 * @param registration null until the first conviction
 * @param createdBy    the account that entered the person
 */
public record Registrant(
        RegistrantId id,
        long version,
        Identity identity,
        List<Conviction> convictions,
        CustodyTimeline custody,
        List<Address> addresses,
        Registration registration,
        List<Verification> verifications,
        Instant createdAt,
        String createdBy,
        Instant updatedAt) {

    public Registrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(custody, "custody");
        convictions = List.copyOf(convictions);
        addresses = List.copyOf(addresses);
        verifications = List.copyOf(verifications);
    }

    /** A new registrant at version 1, entered now by {@code actor}. */
    public static Change register(Identity identity, String actor, Instant now, String reason) {
        Registrant registrant = new Registrant(
                RegistrantId.random(),
                1,
                identity,
                List.of(),
                CustodyTimeline.empty(),
                List.of(),
                null,
                List.of(),
                now,
                actor,
                now);
        return registrant.change(
                registrant,
                ChangeKind.REGISTERED,
                actor,
                now,
                reason,
                "Registered " + identity.familyName() + " " + identity.givenNames(),
                identity.differencesFrom(null));
    }

    /** Replaces the identity; the history keeps every old value. No difference, no change. */
    public List<Change> changeIdentity(Identity next, String actor, Instant now, String reason) {
        List<FieldChange> changes = next.differencesFrom(identity);
        if (changes.isEmpty()) {
            return List.of();
        }
        Registrant after = next(now, next, convictions, custody, addresses, registration, verifications);
        return List.of(change(
                after,
                ChangeKind.IDENTITY_CHANGED,
                actor,
                now,
                reason,
                "Identity changed: "
                        + String.join(
                                ", ", changes.stream().map(FieldChange::field).toList()),
                changes));
    }

    /** Adds a conviction; registration starts with the first one, or takes the stricter tier and later end. */
    public List<Change> recordConviction(
            Conviction conviction,
            RegistrationTier requestedTier,
            RegistrationPolicy policy,
            String actor,
            Instant now,
            String reason) {
        List<Conviction> more = new ArrayList<>(convictions);
        more.add(conviction);
        Registration nextRegistration = policy.afterConviction(registration, conviction, requestedTier);
        Registrant after = next(now, identity, more, custody, addresses, nextRegistration, verifications);
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(
                "convictions",
                null,
                conviction.court() + " case " + conviction.caseNumber() + " of " + conviction.judgmentDate() + ": "
                        + conviction.offence().statute() + " art. "
                        + conviction.offence().article()));
        if (!Objects.equals(registration, nextRegistration)) {
            changes.add(new FieldChange("registration", describe(registration), describe(nextRegistration)));
        }
        return List.of(change(
                after,
                ChangeKind.CONVICTION_RECORDED,
                actor,
                now,
                reason,
                "Conviction recorded: " + conviction.offence().category() + ", case " + conviction.caseNumber(),
                changes));
    }

    /**
     * Adds a custody event if the timeline accepts it. A pardon or sentence reduction is then weighed by the
     * registration policy, as a second change: recorded and notified even when the registration goes on.
     */
    public List<Change> recordCustodyEvent(
            NewCustodyEvent entry, RegistrationPolicy policy, LocalDate today, String actor, Instant now) {
        CustodyEvent event = custody.accept(entry, !convictions.isEmpty(), today, actor, now);
        Registrant afterCustody =
                next(now, identity, convictions, custody.with(event), addresses, registration, verifications);
        List<Change> changes = new ArrayList<>();
        changes.add(change(
                afterCustody,
                ChangeKind.CUSTODY_EVENT_RECORDED,
                actor,
                now,
                event.reason(),
                event.type() + " effective " + event.effectiveDate() + " (" + event.sourceDocument() + ")",
                List.of(new FieldChange(
                        "custodyStatus",
                        custody.status().name(),
                        event.statusAfter().name()))));
        if (event.decree() != null && registration != null && registration.active()) {
            boolean againstAChild = convictions.stream().anyMatch(Conviction::againstAChild);
            Registration decided = policy.afterDecree(registration, event, againstAChild);
            Registrant afterPolicy = afterCustody.next(
                    now, identity, convictions, afterCustody.custody, addresses, decided, verifications);
            changes.add(afterCustody.change(
                    afterPolicy,
                    ChangeKind.REGISTRATION_STATUS_CHANGED,
                    actor,
                    now,
                    event.reason(),
                    decided.policyNote(),
                    List.of(new FieldChange("registration", describe(registration), describe(decided)))));
        }
        return changes;
    }

    public List<Change> recordAddress(Address address, String actor, Instant now, String reason) {
        List<Address> more = new ArrayList<>(addresses);
        more.add(address);
        Registrant after = next(now, identity, convictions, custody, more, registration, verifications);
        return List.of(change(
                after,
                ChangeKind.ADDRESS_RECORDED,
                actor,
                now,
                reason,
                address.kind() + " address recorded from " + address.validFrom(),
                List.of(new FieldChange(
                        "addresses",
                        null,
                        address.kind() + ": " + address.line() + ", "
                                + address.district() + ", " + address.province() + ", " + address.country() + " from "
                                + address.validFrom()
                                + (address.validTo() == null ? "" : " to " + address.validTo())))));
    }

    public List<Change> recordVerification(
            Verification verification, RegistrationPolicy policy, String actor, Instant now, String reason) {
        Registration decided = policy.afterVerification(registration, verification);
        List<Verification> more = new ArrayList<>(verifications);
        more.add(verification);
        Registrant after = next(now, identity, convictions, custody, addresses, decided, more);
        return List.of(change(
                after,
                ChangeKind.VERIFICATION_RECORDED,
                actor,
                now,
                reason,
                "Verification of " + verification.verifiedOn() + ": " + verification.outcome(),
                List.of(new FieldChange("registration", describe(registration), describe(decided)))));
    }

    /**
     * A verification overdue on {@code today} makes the registrant non-compliant, once: nothing changes when the
     * registration is not active, the verification is not overdue, or the registrant is non-compliant already.
     */
    public List<Change> markVerificationOverdue(LocalDate today, String actor, Instant now) {
        if (registration == null
                || !registration.verificationOverdue(today)
                || registration.complianceStatus() == ComplianceStatus.NON_COMPLIANT) {
            return List.of();
        }
        Registration decided = new Registration(
                registration.tier(),
                registration.status(),
                registration.startsOn(),
                registration.endsOn(),
                registration.nextVerificationDue(),
                ComplianceStatus.NON_COMPLIANT,
                "verification due " + registration.nextVerificationDue() + " not done by " + today);
        Registrant after = next(now, identity, convictions, custody, addresses, decided, verifications);
        return List.of(change(
                after,
                ChangeKind.REGISTRATION_STATUS_CHANGED,
                actor,
                now,
                "verification overdue",
                "Verification due " + registration.nextVerificationDue() + " overdue: non-compliant",
                List.of(new FieldChange("registration", describe(registration), describe(decided)))));
    }

    /**
     * An approved de-registration: the registration ends on {@code decidedOn} with the reason in its policy note. A
     * registrant without a registration has nothing to end but is withdrawn all the same (e.g. a record entered in
     * error is de-registered as set aside).
     */
    public List<Change> deregister(String reason, LocalDate decidedOn, String actor, Instant now) {
        Registration ended = registration == null
                ? null
                : new Registration(
                        registration.tier(),
                        RegistrationStatus.ENDED,
                        registration.startsOn(),
                        registration.endsOn() == null || registration.endsOn().isAfter(decidedOn)
                                ? decidedOn
                                : registration.endsOn(),
                        null,
                        registration.complianceStatus(),
                        "De-registered on " + decidedOn + ": " + reason);
        Registrant after = next(now, identity, convictions, custody, addresses, ended, verifications);
        return List.of(change(
                after,
                ChangeKind.DEREGISTERED,
                actor,
                now,
                reason,
                "De-registered: " + reason,
                List.of(new FieldChange("registration", describe(registration), describe(ended)))));
    }

    private Registrant next(
            Instant now,
            Identity nextIdentity,
            List<Conviction> nextConvictions,
            CustodyTimeline nextCustody,
            List<Address> nextAddresses,
            Registration nextRegistration,
            List<Verification> nextVerifications) {
        return new Registrant(
                id,
                version + 1,
                nextIdentity,
                nextConvictions,
                nextCustody,
                nextAddresses,
                nextRegistration,
                nextVerifications,
                createdAt,
                createdBy,
                now);
    }

    private Change change(
            Registrant after,
            ChangeKind kind,
            String actor,
            Instant now,
            String reason,
            String summary,
            List<FieldChange> changes) {
        return new Change(
                after,
                kind,
                new HistoryEntry(id.value(), after.version(), now, actor, kind.name(), reason, summary, changes));
    }

    private static String describe(Registration registration) {
        return registration == null
                ? null
                : registration.tier() + " " + registration.status() + " from " + registration.startsOn()
                        + (registration.endsOn() == null ? " for life" : " until " + registration.endsOn())
                        + ", compliance "
                        + registration.complianceStatus()
                        + (registration.nextVerificationDue() == null
                                ? ""
                                : ", next verification due " + registration.nextVerificationDue());
    }
}
