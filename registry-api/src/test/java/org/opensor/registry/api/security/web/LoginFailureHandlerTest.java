package org.opensor.registry.api.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.web.Unavailability;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Every refused sign-in goes to the same page, and costs one password check whether or not the provider made one. */
class LoginFailureHandlerTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "hash";
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return false;
        }
    };
    private final LoginFailureHandler handler = new LoginFailureHandler(counting);

    @Test
    void aLockedOrDisabledAccountPaysForAPasswordCheckLikeAWrongPassword() throws Exception {
        for (var refusal : java.util.List.of(new LockedException("locked"), new DisabledException("disabled"))) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
            request.setParameter("password", "Whatever-123");
            MockHttpServletResponse response = new MockHttpServletResponse();
            checks.set(0);

            handler.onAuthenticationFailure(request, response, refusal);

            assertThat(checks).as(refusal.getMessage()).hasValue(1);
            assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        }
    }

    @Test
    void aWrongPasswordWasCheckedAlreadyAndGoesToTheSamePage() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationFailure(
                new MockHttpServletRequest("POST", "/login"), response, new BadCredentialsException("bad"));

        assertThat(checks).hasValue(0);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aDatabaseThatCannotAnswerIsNotAFailedSignIn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationFailure(
                request,
                response,
                new InternalAuthenticationServiceException(
                        "accounts unreadable", new SQLTransientConnectionException("connection is not available")));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?unavailable");
        assertThat(request.getAttribute(Unavailability.REQUEST_ATTRIBUTE))
                .as("the audit filter records no failed sign-in")
                .isEqualTo("database");
        assertThat(checks).hasValue(0);
    }
}
