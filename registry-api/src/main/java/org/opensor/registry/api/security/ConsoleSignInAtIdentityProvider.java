package org.opensor.registry.api.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * The console's sign-in at the identity provider ({@code registry.security.oidc-console-client-id}): authorization code
 * with PKCE (S256) even though the client is confidential, the registry's roles from the ID token's roles claim, and
 * signing out ends the session at the provider too (RP-initiated logout), so no other application keeps it.
 */
public final class ConsoleSignInAtIdentityProvider {

    /** The registration id: the console's sign-in starts at {@code /oauth2/authorization/keycloak}. */
    public static final String REGISTRATION_ID = "keycloak";

    public static final String SIGN_IN_PATH =
            OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/" + REGISTRATION_ID;

    private ConsoleSignInAtIdentityProvider() {}

    public static void configure(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            IdentityProviderConnection provider,
            SecuritySettings settings)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signOutAtProvider =
                new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOutAtProvider.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
        http.oauth2Login(login -> login.loginPage(SIGN_IN_PATH)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                        .tokenEndpoint(token -> token.accessTokenResponseClient(provider.tokenEndpoint()))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(provider.userInfoEndpoint())
                                .userAuthoritiesMapper(rolesFrom(settings.rolesClaim())))
                        .defaultSuccessUrl("/console", true)
                        .failureUrl("/login?error"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(signOutAtProvider));
    }

    /** Only the registry's roles named in the ID token count; the provider's own authorities (scopes, OIDC_USER) grant nothing. */
    static GrantedAuthoritiesMapper rolesFrom(String claim) {
        return (Collection<? extends GrantedAuthority> granted) -> {
            List<GrantedAuthority> roles = new ArrayList<>();
            for (GrantedAuthority authority : granted) {
                if (authority instanceof OidcUserAuthority oidc) {
                    roles.addAll(
                            RoleClaimConverter.authorities(oidc.getIdToken().getClaim(claim)));
                }
            }
            return roles;
        };
    }
}
