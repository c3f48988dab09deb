package org.opensor.registry.api.registration;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The duty to register: its period, tier and verification schedule.
 *
 * @param endsOn              last day, computed by the tier's policy; null for life
 * @param nextVerificationDue when the next address verification is due; null once ended
 * @param policyNote          the last decision of the policy in words, or null
 */
public record Registration(
        RegistrationTier tier,
        RegistrationStatus status,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate nextVerificationDue,
        ComplianceStatus complianceStatus,
        String policyNote) {

    public Registration {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(complianceStatus, "complianceStatus");
    }

    public boolean active() {
        return status == RegistrationStatus.ACTIVE;
    }

    /** Verification is overdue on {@code today}: shown to officers, computed when read. */
    public boolean verificationOverdue(LocalDate today) {
        return active() && nextVerificationDue != null && today.isAfter(nextVerificationDue);
    }
}
