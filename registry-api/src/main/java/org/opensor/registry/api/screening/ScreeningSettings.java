package org.opensor.registry.api.screening;

import java.util.Map;
import org.opensor.registry.matching.score.MatchBand;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Border screening ({@code registry.screening.*}).
 *
 * @param homeCountry  ISO alpha-3 country of the border posts this registry serves (default {@code KHM})
 * @param hitBand      the weakest match band that counts as a hit and becomes a border-hit event (default
 *                     {@code POSSIBLE}: an officer checks it; WEAK matches are not shown)
 * @param candidates   hits returned per traveller at most (default 5)
 * @param rescored     candidates re-scored per traveller (default 30; identity search re-scores 100). A traveller
 *                     comes with a full name, usually a full date of birth and a document number, whose rare keys
 *                     put the registrant near the top of the index's ranking; docs/benchmarks.md gives the recall
 *                     at 30 and at 100
 * @param manifestBatch travellers of a manifest sent to the index in one multi-search request (default 20)
 * @param manifestParallelism batches of one manifest searched at the same time (default 4; a manifest then waits
 *                     on the slowest few batches, not on the sum)
 * @param ports        more ports a manifest may name, each to its ISO 3166-1 alpha-3 country, e.g.
 *                     {@code registry.screening.ports.KTI=KHM}; they add to and override the built-in table
 *                     ({@code PortCountries}: Cambodia's airports and common origins). Every port of the home
 *                     country must be known: the leg that crosses its border is found with them (default none)
 */
@ConfigurationProperties("registry.screening")
public record ScreeningSettings(
        @DefaultValue("KHM") String homeCountry,
        @DefaultValue("POSSIBLE") MatchBand hitBand,
        @DefaultValue("5") int candidates,
        @DefaultValue("30") int rescored,
        @DefaultValue("20") int manifestBatch,
        @DefaultValue("4") int manifestParallelism,
        Map<String, String> ports) {

    /** The configured ports, or none. */
    public Map<String, String> portsOrNone() {
        return ports == null ? Map.of() : ports;
    }
}
