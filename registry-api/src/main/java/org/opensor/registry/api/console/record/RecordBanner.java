package org.opensor.registry.api.console.record;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;

/**
 * The "saved" message shown on a record after a form wrote to it. Kept in the session for that record until the
 * record page shows it, not as a flash attribute: the way to the record may pass through the purpose page first
 * (a clerk who registers a person has often not stated a purpose yet), and a flash attribute would be spent there.
 */
final class RecordBanner {

    private static final String PREFIX = RecordBanner.class.getName() + ".";

    private RecordBanner() {}

    static void put(HttpServletRequest request, UUID registrantId, String message) {
        request.getSession().setAttribute(PREFIX + registrantId, message);
    }

    /** The message waiting for this record, removed so it shows once; or null. */
    static String take(HttpServletRequest request, UUID registrantId) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        String message = (String) session.getAttribute(PREFIX + registrantId);
        session.removeAttribute(PREFIX + registrantId);
        return message;
    }
}
