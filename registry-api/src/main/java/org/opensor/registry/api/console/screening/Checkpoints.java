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
            return new Checkpoint(borderPost, country == null ? "KHM" : country, direction == null ? "ARRIVAL" : direction);
        }
    }

    private Checkpoints() {
    }

    static Remembered of(HttpSession session) {
        Remembered remembered = (Remembered) session.getAttribute(SESSION_ATTRIBUTE);
        return remembered == null ? new Remembered(null, "KHM", "ARRIVAL") : remembered;
    }

    static void keep(HttpSession session, String borderPost, String country, String direction) {
        Remembered before = of(session);
        session.setAttribute(SESSION_ATTRIBUTE, new Remembered(borderPost == null ? before.borderPost() : borderPost,
                country == null ? before.country() : country, direction == null ? before.direction() : direction));
    }
}
