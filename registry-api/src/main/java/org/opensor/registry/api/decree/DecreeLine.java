package org.opensor.registry.api.decree;

import java.util.UUID;

/**
 * A beneficiary line with its link and, once applied, the custody event recorded for it.
 *
 * @param custodyEventId the custody event the application recorded, or null
 */
public record DecreeLine(BeneficiaryLine beneficiary, LineLink link, UUID custodyEventId) {

    public DecreeLine withLink(LineLink next) {
        return new DecreeLine(beneficiary, next, custodyEventId);
    }

    public DecreeLine appliedAs(UUID eventId) {
        return new DecreeLine(beneficiary, link, eventId);
    }
}
