package org.opensor.registry.api.security.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.opensor.registry.api.security.ConsoleSignInAtIdentityProvider;
import org.opensor.registry.api.security.IdentityProviderConnection;
import org.opensor.registry.api.security.SecuritySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Bearer tokens from the identity provider ({@code registry.security.mode=oidc}): the signature must verify
 * against the provider's keys, the token must be current and its issuer must be exactly the configured one. With a
 * console client configured, the console signs users in there too ({@link ConsoleSignInAtIdentityProvider}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "registry.security.mode", havingValue = "oidc")
class OidcConfiguration {

    /** The one way registry-api reaches the provider: HTTPS trusting {@code registry.security.oidc-trust-bundle}. */
    @Bean
    IdentityProviderConnection identityProviderConnection(SecuritySettings settings, SslBundles sslBundles) {
        String bundle = settings.oidcTrustBundle();
        return new IdentityProviderConnection(
                bundle == null || bundle.isBlank()
                        ? null
                        : sslBundles.getBundle(bundle).createSslContext());
    }

    @Bean
    JwtDecoder jwtDecoder(SecuritySettings settings, IdentityProviderConnection provider) throws Exception {
        if (settings.oidcIssuer() == null || settings.oidcIssuer().isBlank()) {
            throw new IllegalStateException(
                    "registry.security.oidc-issuer is required with registry.security.mode=oidc");
        }
        NimbusJwtDecoder decoder;
        if (settings.oidcJwkSetUri() != null && !settings.oidcJwkSetUri().isBlank()) {
            decoder = provider.bearerTokens(settings.oidcJwkSetUri());
        } else if (settings.oidcPublicKey() != null) {
            decoder = NimbusJwtDecoder.withPublicKey(readPublicKey(settings.oidcPublicKey()))
                    .build();
        } else {
            throw new IllegalStateException(
                    "Set registry.security.oidc-jwk-set-uri or registry.security.oidc-public-key with mode oidc");
        }
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.oidcIssuer()));
        return decoder;
    }

    /**
     * The console's client at the provider, read from the issuer's discovery document at start (the provider must answer
     * then); the user's name is {@code preferred_username}, as on the API.
     */
    @Bean
    @ConditionalOnProperty(name = "registry.security.oidc-console-client-id")
    ClientRegistrationRepository consoleClientRegistration(
            SecuritySettings settings, IdentityProviderConnection provider) {
        ClientRegistration console = provider.registrationFromIssuer(settings.oidcIssuer())
                .registrationId(ConsoleSignInAtIdentityProvider.REGISTRATION_ID)
                .clientId(settings.oidcConsoleClientId())
                .clientSecret(settings.oidcConsoleClientSecret())
                .scope("openid")
                .userNameAttributeName("preferred_username")
                .build();
        return new InMemoryClientRegistrationRepository(console);
    }

    /** The console's ID tokens, verified with keys fetched through {@link IdentityProviderConnection}. */
    @Bean
    @ConditionalOnProperty(name = "registry.security.oidc-console-client-id")
    JwtDecoderFactory<ClientRegistration> consoleIdTokenDecoders(IdentityProviderConnection provider) {
        return provider.idTokens();
    }

    private static RSAPublicKey readPublicKey(org.springframework.core.io.Resource pem)
            throws IOException, java.security.GeneralSecurityException {
        try (InputStream in = pem.getInputStream()) {
            String base64 = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
    }
}
