package org.opensor.registry.api.console.search;

import java.util.List;
import java.util.Locale;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.matching.score.MatchBand;

/**
 * One ranked hit as the results page shows it: the band in words as well as colour, and the name the query matched
 * (the scorer names it in its first reason, "name similarity 0.93 with alias CHANN Sokha").
 *
 * @param rank       1 for the best hit of the whole search, not of the page
 * @param matchedOn  "alias CHANN Sokha" or "primary name SOK Sokha"; null when the scorer named none
 */
public record HitView(
        int rank,
        String registrantId,
        String displayName,
        boolean originalScript,
        String score,
        MatchBand band,
        String matchedOn,
        List<String> reasons) {

    private static final String NAME_REASON = "name similarity ";
    private static final String WITH = " with ";

    static HitView of(int rank, IdentityHit hit) {
        String first = hit.reasons().isEmpty() ? "" : hit.reasons().getFirst();
        String matchedOn = first.startsWith(NAME_REASON) && first.contains(WITH)
                ? first.substring(first.indexOf(WITH) + WITH.length())
                : null;
        return new HitView(
                rank,
                hit.registrantId(),
                hit.displayName(),
                isOriginalScript(hit.displayName()),
                String.format(Locale.ROOT, "%.2f", hit.score()),
                hit.band(),
                matchedOn,
                hit.reasons());
    }

    /** Khmer (or another non-Latin script) needs its own font and {@code lang} to render and be read aloud. */
    static boolean isOriginalScript(String name) {
        return name != null
                && name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KHMER);
    }

    /** "Strong", "Possible", "Weak": the band in words, so the tag does not rely on its colour. */
    public String bandLabel() {
        String name = band.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String bandClass() {
        return "registry-band--" + band.name().toLowerCase(Locale.ROOT);
    }

    /** The first reason only restates the matched name and score, shown apart; the rest explain the match. */
    public List<String> explanations() {
        return matchedOn == null ? reasons : reasons.subList(1, reasons.size());
    }
}
