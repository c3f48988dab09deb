package org.opensor.registry.api.console.foreign;

/**
 * A closed request's reason as the page says it: one of the clerk's choices (shown from the bundles) and the clerk's
 * detail, or, for a reason typed through the API, the text as it was written.
 *
 * @param known  a word of {@link ForeignRequestPagesController#CLOSURE_REASONS}, or null
 * @param detail what follows the word, or the whole text when the word is not one of the choices; null when none
 */
public record ClosureReason(String known, String detail) {

    static ClosureReason of(String stored) {
        if (stored == null) {
            return new ClosureReason(null, null);
        }
        int colon = stored.indexOf(':');
        String word = (colon < 0 ? stored : stored.substring(0, colon)).strip();
        if (!ForeignRequestPagesController.CLOSURE_REASONS.contains(word)) {
            return new ClosureReason(null, stored);
        }
        return new ClosureReason(
                word, colon < 0 ? null : stored.substring(colon + 1).strip());
    }
}
