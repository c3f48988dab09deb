package org.opensor.registry.api.statute.web;

import java.util.List;
import org.opensor.registry.api.statute.OffenceCategory;
import org.opensor.registry.api.statute.Statutes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/statutes}: the registrable offences a clerk picks from when recording a conviction. No personal data. */
@RestController
class StatuteController {

    /** One offence of the library; {@code id} is what a conviction request names as {@code offenceId}. */
    record OffenceResponse(String id, String jurisdiction, String statute, String article, String title, OffenceCategory category) {
    }

    private final Statutes statutes;

    StatuteController(Statutes statutes) {
        this.statutes = statutes;
    }

    @GetMapping("/api/v1/statutes")
    List<OffenceResponse> all() {
        return statutes.all().stream()
                .map(o -> new OffenceResponse(o.id(), o.jurisdiction(), o.statute(), o.article(), o.title(), o.category())).toList();
    }
}
