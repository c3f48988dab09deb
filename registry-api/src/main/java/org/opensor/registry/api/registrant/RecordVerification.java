package org.opensor.registry.api.registrant;

import java.time.LocalDate;
import org.opensor.registry.api.registration.VerificationOutcome;

/** An address verification as a police officer enters it. */
public record RecordVerification(LocalDate verifiedOn, VerificationOutcome outcome, String note, String reason) {}
