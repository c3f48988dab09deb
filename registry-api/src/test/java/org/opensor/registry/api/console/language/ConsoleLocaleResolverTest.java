package org.opensor.registry.api.console.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 25: Khmer until a person chooses, the choice kept on the account, and the API always in English. */
class ConsoleLocaleResolverTest {

    private final Map<String, ConsoleLanguage> chosen = new HashMap<>();
    private final ConsoleLocaleResolver resolver = new ConsoleLocaleResolver(new AccountLanguages(null) {
        @Override
        Optional<ConsoleLanguage> chosenBy(String username) {
            return Optional.ofNullable(chosen.get(username));
        }

        @Override
        void choose(String username, ConsoleLanguage language) {
            chosen.put(username, language);
        }
    });

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aConsolePageSpeaksKhmerUntilThePersonChooses() {
        assertThat(resolver.resolveLocale(request("/console/alerts", new MockHttpSession())))
                .isEqualTo(Locale.forLanguageTag("km"));
        assertThat(resolver.resolveLocale(request("/login", null))).isEqualTo(Locale.forLanguageTag("km"));
    }

    @Test
    void theApiStaysEnglishWhateverThePersonChose() {
        signIn("officer");
        chosen.put("officer", ConsoleLanguage.KHMER);
        assertThat(resolver.resolveLocale(request("/api/v1/registrants", new MockHttpSession())))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aChoiceIsKeptOnTheAccountAndReadAtTheNextSignIn() {
        signIn("clerk");
        MockHttpSession first = new MockHttpSession();
        resolver.setLocale(request("/console/language", first), new MockHttpServletResponse(), Locale.ENGLISH);
        assertThat(chosen).containsEntry("clerk", ConsoleLanguage.ENGLISH);

        MockHttpSession later = new MockHttpSession();
        assertThat(resolver.resolveLocale(request("/console", later))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aLanguagePickedOnTheLoginPageIsKeptForAnAccountThatNeverChose() {
        MockHttpSession session = new MockHttpSession();
        resolver.setLocale(request("/console/language", session), new MockHttpServletResponse(), Locale.ENGLISH);
        signIn("border");
        assertThat(resolver.resolveLocale(request("/console", session))).isEqualTo(Locale.ENGLISH);
        assertThat(chosen).containsEntry("border", ConsoleLanguage.ENGLISH);
    }

    @Test
    void theLanguageSwitchOnlySendsPeopleBackIntoTheConsole() {
        assertThat(LanguageController.sameSite("/console/alerts?state=OPEN")).isEqualTo("/console/alerts?state=OPEN");
        assertThat(LanguageController.sameSite("/login")).isEqualTo("/login");
        assertThat(LanguageController.sameSite("//evil.example/console")).isEqualTo("/console");
        assertThat(LanguageController.sameSite("https://evil.example")).isEqualTo("/console");
        assertThat(LanguageController.sameSite("/api/v1/registrants")).isEqualTo("/console");
    }

    private static MockHttpServletRequest request(String path, MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (session != null) {
            request.setSession(session);
        }
        return request;
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        username, null, AuthorityUtils.createAuthorityList("ROLE_COURT_CLERK")));
    }
}
