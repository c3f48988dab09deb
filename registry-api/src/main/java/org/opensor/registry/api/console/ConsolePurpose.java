package org.opensor.registry.api.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.opensor.registry.api.security.PurposeOfAccess;

/**
 * The purpose an officer works under in the console: stated once per case (a case reference and a reason, the
 * same rule as the API's {@code X-Purpose}), kept in the browser session, shown in every page's banner and
 * written with every audited read until it is changed.
 */
public final class ConsolePurpose {

    /** Session attribute holding the current purpose; the audit filter reads it too. */
    public static final String SESSION_ATTRIBUTE = ConsolePurpose.class.getName();
    /** Form field through which a page may state or change the purpose. */
    public static final String FIELD = "purpose";

    private ConsolePurpose() {}

    /**
     * The purpose of this request: the one the form states, else the one kept in the session. A form that states an
     * invalid purpose has none (its page shows the error and does nothing), rather than silently working under the
     * previous one: the search is then neither counted nor recorded under a purpose the officer just replaced.
     */
    public static Optional<String> of(HttpServletRequest request) {
        String stated = request.getParameter(FIELD);
        if (stated != null) {
            return PurposeOfAccess.problemWith(stated) == null ? Optional.of(stated.strip()) : Optional.empty();
        }
        return kept(request);
    }

    /** The purpose kept in the session, whatever this request's form says: what the banner shows as in force. */
    public static Optional<String> kept(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((String) session.getAttribute(SESSION_ATTRIBUTE));
    }

    public static void keep(HttpServletRequest request, String purpose) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, purpose.strip());
    }
}
