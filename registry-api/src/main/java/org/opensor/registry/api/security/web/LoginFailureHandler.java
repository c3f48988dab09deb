package org.opensor.registry.api.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.opensor.registry.api.web.Unavailability;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with one message whatever went wrong (unknown user name, wrong password, locked or disabled
 * account), so that the page never tells whether a user name exists. A locked or disabled account is refused before
 * its password is checked; the same password hash is computed here so that it is not answered faster either. When the
 * accounts cannot be read (the database is down) nothing was refused: the page says so, and no failed sign-in is recorded.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final PasswordEncoder encoder;
    private final String decoyHash;

    LoginFailureHandler(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.decoyHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        Optional<String> unavailable = Unavailability.of(e);
        if (unavailable.isPresent()) {
            request.setAttribute(Unavailability.REQUEST_ATTRIBUTE, unavailable.get());
            response.sendRedirect("/login?unavailable");
            return;
        }
        if (e instanceof AccountStatusException) {
            String password = request.getParameter("password");
            encoder.matches(password == null ? "" : password, decoyHash);
        }
        response.sendRedirect("/login?error");
    }
}
