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
 */
@ConfigurationProperties("registry.screening")
public record ScreeningSettings(@DefaultValue("KHM") String homeCountry, @DefaultValue("POSSIBLE") MatchBand hitBand,
                                @DefaultValue("5") int candidates) {

    boolean isHit(MatchBand band) {
        return band.ordinal() <= hitBand.ordinal();
    }
}
