package org.opensor.registry.notification.registrant;

import java.time.LocalDate;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.envelope.MalformedEventException;
import org.opensor.registry.events.registrant.CustodyStatusV1;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.notification.rules.RegistrantFacts;

/**
 * Reads the facts the rules need from a {@code RegistrantStateV1} payload, strictly, as every consumer of the
 * registrant topic does (docs/architecture.md, "One consumer policy for the registrant topic"): a payload that is not
 * a whole v1 state is malformed and goes to the dead-letter topic.
 * <p>Extension point: a new fact (risk tier, offence categories, last custody event type) is one more line in
 * {@link #read} and one more component of {@link RegistrantFacts}.
 */
public final class RegistrantFactsReader {

    /** What one registrant event says. */
    public record Projected(RegistrantFacts facts, long version) {}

    /**
     * @param key the record's key, which must be the registrant id of the payload
     * @throws MalformedEventException when the payload is not a v1 state or belongs to another key
     */
    public Projected read(byte[] payload, String key) {
        RegistrantStateV1 state = EventCodec.read(payload, RegistrantStateV1.class);
        if (!state.registrantId().toString().equals(key)) {
            throw new MalformedEventException("key " + key + " is not the registrant id of the payload");
        }
        String residenceCountry = null;
        String residenceDistrict = null;
        LocalDate residenceFrom = LocalDate.MIN;
        for (RegistrantStateV1.Address address : state.addresses()) {
            // The current residence: kind RESIDENCE, still valid (no validTo), the latest to start.
            LocalDate from = address.validFrom() == null ? LocalDate.MIN : address.validFrom();
            if ("RESIDENCE".equals(address.kind()) && address.validTo() == null && !from.isBefore(residenceFrom)) {
                residenceFrom = from;
                residenceCountry = blankToNull(address.country());
                residenceDistrict = blankToNull(address.district());
            }
        }
        RegistrantFacts facts = new RegistrantFacts(
                state.registrantId(),
                blankToNull(state.familyName()),
                blankToNull(state.givenNames()),
                state.nationalities(),
                CustodyStatusV1.of(state.custodyStatus()),
                residenceCountry,
                residenceDistrict);
        return new Projected(facts, state.version());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
