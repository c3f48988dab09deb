package org.opensor.registry.api.statute.web;

import java.util.List;
import org.opensor.registry.api.statute.LibraryEntry;
import org.opensor.registry.api.statute.OffenceCategory;
import org.opensor.registry.api.statute.Statutes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/statutes}: the registrable offences a clerk picks from when recording a conviction. No personal data. */
@RestController
class StatuteController {

    /**
     * One offence of the library; {@code id} is what a conviction request names as {@code offenceId}.
     *
     * @param titleKm             the title in Khmer, or null
     * @param penaltyMinMonths    least imprisonment the article provides, or null where no published text we read states it
     * @param penaltyMaxMonths    most imprisonment without aggravating circumstances, or null likewise
     * @param aggravatedMaxMonths most imprisonment with the article's aggravating circumstances, or null
     * @param source              where the entry was checked, with its address
     * @param verification        what that source confirmed: ARTICLE_AND_PENALTY, ARTICLE_ONLY or UNVERIFIED
     * @param offered             false for an entry that is not an offence: kept for old convictions, refused for new ones
     */
    record OffenceResponse(
            String id,
            String jurisdiction,
            String statute,
            String article,
            String title,
            OffenceCategory category,
            String titleKm,
            Integer penaltyMinMonths,
            Integer penaltyMaxMonths,
            Integer aggravatedMaxMonths,
            String source,
            LibraryEntry.Verification verification,
            boolean offered) {}

    private final Statutes statutes;

    StatuteController(Statutes statutes) {
        this.statutes = statutes;
    }

    @GetMapping("/api/v1/statutes")
    List<OffenceResponse> all() {
        return statutes.entries().stream().map(StatuteController::response).toList();
    }

    private static OffenceResponse response(LibraryEntry e) {
        var o = e.offence();
        var p = e.penalty();
        return new OffenceResponse(
                o.id(),
                o.jurisdiction(),
                o.statute(),
                o.article(),
                o.title(),
                o.category(),
                e.titleKm(),
                p == null ? null : p.minMonths(),
                p == null ? null : p.maxMonths(),
                p == null ? null : p.aggravatedMaxMonths(),
                e.source(),
                e.verification(),
                e.offered());
    }
}
