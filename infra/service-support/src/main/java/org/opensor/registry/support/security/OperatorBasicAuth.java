package org.opensor.registry.support.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The worker services' one configured account over stateless HTTP Basic, written once so their management ports
 * answer refusals alike (RFC 9457 problem+json) and stay without a session for CSRF to ride on.
 */
public final class OperatorBasicAuth {

    /** Open for probes, status only (details need the login). */
    public static final String[] PROBES = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"
    };

    private static final Logger LOG = LoggerFactory.getLogger(OperatorBasicAuth.class);

    private final String realm;
    private final String loginDetail;

    /**
     * @param realm       the service's name, in {@code WWW-Authenticate}
     * @param loginDetail the 401's detail: who should log in
     */
    public OperatorBasicAuth(String realm, String loginDetail) {
        this.realm = realm;
        this.loginDetail = loginDetail;
    }

    /** HTTP Basic with a problem+json 401, stateless, no CSRF (no cookie to ride on), default security headers. */
    public HttpSecurity apply(HttpSecurity http) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> unauthorized(response)))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint((request, response, e) -> unauthorized(response)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(Customizer.withDefaults());
    }

    /** The configured account, or (without a password) none, so everyone is refused and the log says why. */
    public static UserDetailsService account(
            boolean enabled,
            String username,
            String password,
            String role,
            PasswordEncoder encoder,
            String whyRefusedWhenDisabled) {
        if (!enabled) {
            LOG.warn(whyRefusedWhenDisabled);
            return new InMemoryUserDetailsManager();
        }
        return new InMemoryUserDetailsManager(User.withUsername(username)
                .password(encoder.encode(password))
                .roles(role)
                .build());
    }

    public void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        problem(response, 401, "Unauthorized", loginDetail);
    }

    public static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream()
                .write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                                + detail + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
