package org.opensor.registry.api.console.search;

import java.util.List;
import java.util.Locale;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.matching.score.MatchBand;
import org.opensor.registry.matching.score.Reason;

/**
 * One ranked hit as the results page shows it: the band in words as well as colour, and the name the query matched
 * (the scorer names it in its first reason, "name similarity 0.93 with alias CHANN Sokha").
 *
 * @param rank       1 for the best hit of the whole search, not of the page
 * @param matchedOn  the scorer's first reason when it names the matched name (primary name or alias), else null
 * @param reasons    the matcher's reasons, worded on the page in the reader's language ({@code @reasonWords})
 */
public record HitView(
        int rank,
        String registrantId,
        String displayName,
        boolean originalScript,
        String score,
        MatchBand band,
        Reason matchedOn,
        List<Reason> reasons) {

    private static final String NAME_REASON = "name.similarity.";

    static HitView of(int rank, IdentityHit hit) {
        Reason first = hit.explained().isEmpty() ? null : hit.explained().getFirst();
        Reason matchedOn = first != null && first.code().startsWith(NAME_REASON) ? first : null;
        return new HitView(
                rank,
                hit.registrantId(),
                hit.displayName(),
                isOriginalScript(hit.displayName()),
                String.format(Locale.ROOT, "%.2f", hit.score()),
                hit.band(),
                matchedOn,
                hit.explained());
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

    /** The bundle key that introduces the matched name: {@code search.matchedOn.alias} or {@code .primary}. */
    public String matchedOnKey() {
        return matchedOn == null
                ? null
                : "search.matchedOn." + (matchedOn.code().endsWith("alias") ? "alias" : "primary");
    }

    /** The name the query matched, as the record writes it. */
    public String matchedName() {
        return matchedOn == null ? null : matchedOn.arguments().getLast();
    }

    /** The first reason only restates the matched name and score, shown apart; the rest explain the match. */
    public List<Reason> explanations() {
        return matchedOn == null ? reasons : reasons.subList(1, reasons.size());
    }
}
