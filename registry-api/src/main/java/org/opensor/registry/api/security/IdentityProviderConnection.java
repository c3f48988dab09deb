package org.opensor.registry.api.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.RequestEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Every call registry-api makes to the identity provider (its discovery document, signing keys, token and user-info
 * endpoints) goes through one HTTP client: TLS trusting the authorities of {@code registry.security.oidc-trust-bundle}
 * when one is named (the local stack's own), the JVM's public ones otherwise, and the provider's host name checked
 * against its certificate either way (the JDK client's default). Spring Security's defaults would each use a client of
 * their own that trusts the JVM's authorities only.
 */
public final class IdentityProviderConnection {

    private final JdkClientHttpRequestFactory requests;

    /** @param trust the authorities to trust, or null for the JVM's */
    public IdentityProviderConnection(SSLContext trust) {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (trust != null) {
            client.sslContext(trust);
        }
        this.requests = new JdkClientHttpRequestFactory(client.build());
        this.requests.setReadTimeout(Duration.ofSeconds(15));
    }

    private RestTemplate restTemplate() {
        return new RestTemplate(requests);
    }

    /** Verifies bearer tokens against the provider's signing keys, fetched (and refreshed) from {@code jwkSetUri}. */
    public NimbusJwtDecoder bearerTokens(String jwkSetUri) {
        return NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .restOperations(restTemplate())
                .build();
    }

    /**
     * The provider's endpoints from its discovery document, whose {@code issuer} must be exactly {@code issuer} (OpenID
     * Connect Discovery 4.3), as Spring Security's {@code ClientRegistrations.fromIssuerLocation} checks it.
     */
    public ClientRegistration.Builder registrationFromIssuer(String issuer) {
        Map<String, Object> configuration = restTemplate()
                .exchange(
                        RequestEntity.get(URI.create(issuer + "/.well-known/openid-configuration"))
                                .build(),
                        new ParameterizedTypeReference<Map<String, Object>>() {})
                .getBody();
        if (configuration == null || !issuer.equals(configuration.get("issuer"))) {
            throw new IllegalStateException("The discovery document at " + issuer + " names another issuer: "
                    + (configuration == null ? null : configuration.get("issuer")));
        }
        return ClientRegistrations.fromOidcConfiguration(configuration);
    }

    /** Exchanges the console's authorization code (and PKCE verifier) for tokens. */
    public OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> tokenEndpoint() {
        RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
        tokens.setRestClient(RestClient.builder()
                .requestFactory(requests)
                .configureMessageConverters(converters -> {
                    converters.addCustomConverter(new FormHttpMessageConverter());
                    converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return tokens;
    }

    /** Reads the signed-in user from the ID token and the provider's user-info endpoint. */
    public OidcUserService userInfoEndpoint() {
        RestTemplate rest = restTemplate();
        rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService();
        userInfo.setRestOperations(rest);
        OidcUserService users = new OidcUserService();
        users.setOauth2UserService(userInfo);
        return users;
    }

    /**
     * Verifies the console's ID tokens as Spring Security's {@link OidcIdTokenDecoderFactory} does (RS256, issuer,
     * audience, times, claim types), with the provider's keys fetched through this connection.
     */
    public JwtDecoderFactory<ClientRegistration> idTokens() {
        // one decoder per registration, as the default factory keeps: each caches the provider's keys
        Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();
        return registration -> decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(
                            registration.getProviderDetails().getJwkSetUri())
                    .restOperations(restTemplate())
                    .build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(), new OidcIdTokenValidator(registration)));
            decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
            return decoder;
        });
    }
}
