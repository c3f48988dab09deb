package org.opensor.registry.api.console.person;

import java.util.List;
import java.util.UUID;
import org.opensor.registry.matching.score.MatchBand;

/**
 * One person a name lookup found, as the page lists it to pick from.
 *
 * @param id          the registrant's id, or the subject id the accused's charges share
 * @param dateOfBirth as recorded ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null
 * @param registrant  whether the person is on the register, else an accused named by a charge
 * @param reasons     why the matcher finds them alike, in its words
 */
public record PersonCandidate(
        UUID id, String name, String dateOfBirth, boolean registrant, MatchBand band, List<String> reasons) {}
