package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Production login: JWT bearer tokens signed in the test by a key the registry trusts, and some it must not. */
@IntegrationTest
class OidcIT {

    private static final String ISSUER = "https://idp.registry.test/realms/registry";
    private static final KeyPair TRUSTED = keyPair();
    private static final KeyPair STRANGER = keyPair();
    private static final String PURPOSE = "CASE-2026-0042 suspected breach of travel notice";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("idp-public-key", ".pem");
        Files.writeString(
                pem,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(TRUSTED.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("registry.security.mode", () -> "oidc");
        registry.add("registry.security.oidc-issuer", () -> ISSUER);
        registry.add("registry.security.oidc-public-key", () -> "file:" + pem);
        registry.add("registry.security.roles-claim", () -> "registry_roles");
    }

    @Test
    void aCurrentTokenFromTheTrustedIssuerGrantsItsRoles() {
        String clerk =
                token(TRUSTED, ISSUER, List.of("court-clerk"), Instant.now().plusSeconds(300));
        String police =
                token(TRUSTED, ISSUER, List.of("POLICE_OFFICER"), Instant.now().plusSeconds(300));

        assertThat(Http.call(port, "GET", "/api/v1/statutes", "Bearer " + police, PURPOSE, null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.call(
                                port,
                                "POST",
                                "/api/v1/registrants",
                                "Bearer " + police,
                                null,
                                "{\"familyName\":\"SOK\",\"sex\":\"MALE\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.call(
                                port,
                                "POST",
                                "/api/v1/registrants",
                                "Bearer " + clerk,
                                null,
                                "{\"familyName\":\"OIDC\",\"sex\":\"MALE\",\"confirmedDistinctPerson\":true}")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void tokensFromAnotherIssuerExpiredOrBadlySignedAreRefused() {
        String otherIssuer = token(
                TRUSTED,
                "https://evil.example/realms/registry",
                List.of("police-officer"),
                Instant.now().plusSeconds(300));
        String expired =
                token(TRUSTED, ISSUER, List.of("police-officer"), Instant.now().minusSeconds(600));
        String badlySigned =
                token(STRANGER, ISSUER, List.of("police-officer"), Instant.now().plusSeconds(300));

        for (String token : List.of(otherIssuer, expired, badlySigned, "not-a-jwt")) {
            var reply = Http.call(port, "GET", "/api/v1/statutes", "Bearer " + token, PURPOSE, null);
            assertThat(reply.statusCode()).isEqualTo(401);
            assertThat(reply.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        }
    }

    @Test
    void aTokenWithoutAKnownRoleGetsNothing() {
        String unknown =
                token(TRUSTED, ISSUER, List.of("superuser"), Instant.now().plusSeconds(300));

        assertThat(Http.call(port, "GET", "/api/v1/statutes", "Bearer " + unknown, PURPOSE, null)
                        .statusCode())
                .isEqualTo(403);
    }

    private static String token(KeyPair key, String issuer, List<String> roles, Instant expiry) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .subject("user-" + roles.getFirst())
                    .claim("preferred_username", "officer." + roles.getFirst().toLowerCase())
                    .claim("registry_roles", roles)
                    .issueTime(Date.from(expiry.minusSeconds(900)))
                    .expirationTime(Date.from(expiry))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
