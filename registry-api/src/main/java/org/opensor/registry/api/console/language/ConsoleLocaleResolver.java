package org.opensor.registry.api.console.language;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: console pages (and the login page) speak the language the person chose, kept in the
 * session and on their account, Khmer until they choose; everything else (the API, its problem+json and its
 * Bean Validation messages) stays English so integrators read the same words whoever calls.
 */
public class ConsoleLocaleResolver implements LocaleResolver {

    /** The session's language, a {@link ConsoleLanguage}. */
    static final String SESSION_LANGUAGE = ConsoleLocaleResolver.class.getName() + ".language";
    /** Whose account the session's language was read from, so an account's choice is read once per sign-in. */
    static final String SESSION_LANGUAGE_OF = ConsoleLocaleResolver.class.getName() + ".languageOf";

    private final AccountLanguages accounts;

    ConsoleLocaleResolver(AccountLanguages accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (!speaksConsole(request)) {
            return Locale.ENGLISH;
        }
        return language(request).locale();
    }

    /** The person's language: their account's choice once signed in, else what they picked this session, else Khmer. */
    ConsoleLanguage language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        ConsoleLanguage inSession = session == null ? null : (ConsoleLanguage) session.getAttribute(SESSION_LANGUAGE);
        String username = signedIn();
        if (username != null && session != null && !username.equals(session.getAttribute(SESSION_LANGUAGE_OF))) {
            ConsoleLanguage chosen = accounts.chosenBy(username).orElse(null);
            if (chosen == null && inSession != null) {
                accounts.choose(username, inSession); // picked on the login page: the account keeps it
                chosen = inSession;
            }
            session.setAttribute(SESSION_LANGUAGE_OF, username);
            if (chosen != null) {
                session.setAttribute(SESSION_LANGUAGE, chosen);
                inSession = chosen;
            }
        }
        return inSession == null ? ConsoleLanguage.DEFAULT : inSession;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        ConsoleLanguage language = ConsoleLanguage.of(locale);
        request.getSession().setAttribute(SESSION_LANGUAGE, language);
        String username = signedIn();
        if (username != null) {
            accounts.choose(username, language);
            request.getSession().setAttribute(SESSION_LANGUAGE_OF, username);
        }
    }

    static boolean speaksConsole(HttpServletRequest request) {
        String path = request.getRequestURI();
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (original instanceof String failed) {
            path = failed;
        }
        return path != null
                && (path.equals("/")
                        || path.equals("/login")
                        || path.equals("/console")
                        || path.startsWith("/console/"));
    }

    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}
