package org.opensor.registry.api.screening;

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
 * @param manifestParallelism travellers of one manifest searched at the same time (default 8; each search is an
 *                     Elasticsearch request and a re-scoring, so a manifest waits on the slowest few, not the sum)
 */
@ConfigurationProperties("registry.screening")
public record ScreeningSettings(@DefaultValue("KHM") String homeCountry, @DefaultValue("POSSIBLE") MatchBand hitBand,
                                @DefaultValue("5") int candidates, @DefaultValue("8") int manifestParallelism) {

    boolean isHit(MatchBand band) {
        return band.ordinal() <= hitBand.ordinal();
    }
}
