package org.opensor.registry.api.screening;

import java.util.UUID;
import org.opensor.registry.api.charge.CourtTravelBans;

/**
 * What a border officer sees of a court travel ban that matches the traveller: the instruction, the court and case to
 * call, and the name and date of birth the court recorded (to confirm it is the person). Never the offence or the
 * other bail conditions.
 *
 * @param instruction always {@code STOP: court travel ban}
 * @param chargeId    quote it to the court or police
 * @param band        {@code STRONG} or {@code POSSIBLE}: how surely the traveller is the accused
 */
public record TravelBanStop(
        String instruction,
        UUID chargeId,
        String court,
        String caseNumber,
        String familyName,
        String givenNames,
        String dateOfBirth,
        String band,
        double score) {

    public static final String INSTRUCTION = "STOP: court travel ban";

    static TravelBanStop of(CourtTravelBans.BanMatch match) {
        var charge = match.charge();
        return new TravelBanStop(
                INSTRUCTION,
                charge.id(),
                charge.court(),
                charge.caseNumber(),
                charge.accused().familyName(),
                charge.accused().givenNames(),
                charge.accused().dateOfBirth(),
                match.band().name(),
                Math.round(match.score() * 1000) / 1000.0);
    }
}
