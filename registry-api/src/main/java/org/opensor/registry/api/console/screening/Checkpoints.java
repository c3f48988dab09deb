package org.opensor.registry.api.console.screening;

import jakarta.servlet.http.HttpSession;
import org.opensor.registry.api.screening.Checkpoint;

/**
 * The post an officer screens at, kept in the browser session: an officer screens traveller after traveller at
 * the same desk and should not type the post each time.
 */
final class Checkpoints {

    private static final String SESSION_ATTRIBUTE = Checkpoints.class.getName();

    /** What the form shows; {@code country} and {@code direction} have the API's defaults. */
    record Remembered(String borderPost, String country, String direction) implements java.io.Serializable {

        Checkpoint checkpoint() {
            return new Checkpoint(
                    borderPost, country == null ? "KHM" : country, direction == null ? "ARRIVAL" : direction);
        }
    }

    private Checkpoints() {}

    /** An officer's unit named as the alert recipients name posts, e.g. {@code border-post:KHM:PNH}. */
    private static final java.util.regex.Pattern POST_UNIT =
            java.util.regex.Pattern.compile("border-post:([A-Z]{3}):([A-Z0-9]{2,8})");

    static Remembered of(HttpSession session) {
        return of(session, null);
    }

    /**
     * What the session remembers, or else the post the officer's unit names ({@code border-post:KHM:PNH}), so the
     * first traveller of a shift needs no typing either; a unit named otherwise leaves the post empty.
     */
    static Remembered of(HttpSession session, String unit) {
        Remembered remembered = (Remembered) session.getAttribute(SESSION_ATTRIBUTE);
        if (remembered != null) {
            return remembered;
        }
        java.util.regex.Matcher post = unit == null ? null : POST_UNIT.matcher(unit.strip());
        return post != null && post.matches()
                ? new Remembered(post.group(2), post.group(1), "ARRIVAL")
                : new Remembered(null, "KHM", "ARRIVAL");
    }

    static void keep(HttpSession session, String borderPost, String country, String direction) {
        Remembered before = of(session);
        session.setAttribute(
                SESSION_ATTRIBUTE,
                new Remembered(
                        borderPost == null ? before.borderPost() : borderPost,
                        country == null ? before.country() : country,
                        direction == null ? before.direction() : direction));
    }
}
