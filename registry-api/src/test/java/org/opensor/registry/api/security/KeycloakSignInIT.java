package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.RegistryApiApplication;
import org.opensor.registry.api.TestServers;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.testservices.TestServices;
import org.opensor.registry.testservices.TestServices.KeycloakEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real Keycloak with the project's realm (infra/keycloak): the console by authorization code with PKCE
 * and single sign-out, the API with a machine client's client-credentials token and with a user's token, each holding
 * only the roles the realm gives it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        classes = {RegistryApiApplication.class, TestServers.class})
class KeycloakSignInIT {

    private static final String PURPOSE = "CASE-2026-0042 suspected breach of travel notice";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        KeycloakEndpoints keycloak = TestServices.keycloak();
        // the console client accepts redirects to this one address only
        registry.add("server.port", keycloak::consolePort);
        registry.add("registry.security.mode", () -> "oidc");
        registry.add("registry.security.oidc-issuer", keycloak::issuer);
        registry.add("registry.security.oidc-jwk-set-uri", keycloak::jwkSetUri);
        registry.add("registry.security.oidc-console-client-id", keycloak::consoleClientId);
        registry.add("registry.security.oidc-console-client-secret", keycloak::consoleClientSecret);
        // Keycloak serves HTTPS only, with a certificate of its install's authority, which registry-api trusts
        registry.add("registry.security.oidc-trust-bundle", () -> "identity-provider");
        registry.add(
                "spring.ssl.bundle.pem.identity-provider.truststore.certificate",
                () -> "file:" + keycloak.trustedCertificate());
    }

    private final KeycloakEndpoints keycloak = TestServices.keycloak();
    /** Trusts the test install's authority: Keycloak serves HTTPS only (the console here plain HTTP). */
    private final HttpClient http = HttpClient.newBuilder()
            .sslContext(LocalCertificateAuthority.sslContext(keycloak.trustedCertificate()))
            .build();

    @Test
    void keycloakServesHttpsOnlyAndAPlaintextClientGetsNothingFromIt() throws Exception {
        String discovery = "/realms/opensor/.well-known/openid-configuration";
        assertThat(keycloak.url()).startsWith("https://");
        HttpResponse<String> overTls = http.send(
                HttpRequest.newBuilder(URI.create(keycloak.url() + discovery)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(overTls.statusCode()).isEqualTo(200);
        assertThat(overTls.sslSession().orElseThrow().getProtocol()).isEqualTo("TLSv1.3");

        int status;
        String body;
        try {
            HttpResponse<String> plaintext = HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofSeconds(5))
                    .build()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(keycloak.url().replace("https://", "http://") + discovery))
                                    .timeout(java.time.Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            status = plaintext.statusCode();
            body = plaintext.body();
        } catch (java.io.IOException refused) {
            status = -1;
            body = "";
        }

        // no plaintext listener: the TLS port drops the request or answers it with an error, never with the realm
        assertThat(status).isNotEqualTo(200);
        assertThat(body).doesNotContain("\"issuer\"");
    }

    @Test
    void aClerkSignsInToTheConsoleWithPkceAndSigningOutEndsTheProviderSessionToo() {
        BrowserSession browser = browser();

        var loginPage = browser.get(keycloak.consoleUrl() + "/console");
        URI authorization = browser.visited().stream()
                .filter(u -> u.getPath().endsWith("/protocol/openid-connect/auth"))
                .findFirst()
                .orElseThrow();
        assertThat(authorization.getQuery())
                .contains("code_challenge_method=S256")
                .contains("code_challenge=");
        assertThat(BrowserSession.isProviderLoginForm(loginPage)).isTrue();

        var home = browser.signInAtProvider(
                loginPage, "clerk", keycloak.passwords().get("clerk"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.uri().getPath()).isEqualTo("/console");
        assertThat(home.body()).contains("clerk").contains("/console/registrants/new");

        var signedOut =
                browser.post(keycloak.consoleUrl() + "/logout", Map.of("_csrf", BrowserSession.csrfToken(home.body())));
        assertThat(browser.visited())
                .anySatisfy(u -> assertThat(u.getPath()).endsWith("/protocol/openid-connect/logout"));
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.uri().toString()).isEqualTo(keycloak.consoleUrl() + "/login?signedOut");

        // the provider's session is gone too: coming back asks for the password again instead of signing in silently
        assertThat(BrowserSession.isProviderLoginForm(browser.get(keycloak.consoleUrl() + "/console")))
                .isTrue();
    }

    @Test
    void aPoliceOfficerSignedInAtTheProviderIsRefusedTheClerksPages() {
        BrowserSession browser = browser();
        var home = browser.signInAtProvider(
                browser.get(keycloak.consoleUrl() + "/console"),
                "police",
                keycloak.passwords().get("police"));
        assertThat(home.uri().getPath()).isEqualTo("/console");

        assertThat(browser.getWithoutFollowing(keycloak.consoleUrl() + "/console/registrants/new")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theMachineClientsTokenReadsAlertsAndMayNotRegisterPeople() {
        String token = machineToken();

        assertThat(api("GET", "/api/v1/alerts", token, null).statusCode()).isEqualTo(200);
        assertThat(api(
                                "POST",
                                "/api/v1/registrants",
                                token,
                                "{\"familyName\":\"SOK\",\"sex\":\"MALE\",\"confirmedDistinctPerson\":true}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aUsersAccessTokenCarriesTheirRoleAndUnitAndTheApiHonoursTheRoleOnly() {
        String clerk = userToken("clerk");
        String police = userToken("police");

        assertThat(claims(police))
                .contains("\"roles\":[\"police-officer\"]")
                .contains("\"unit\":\"phnom-penh-police\"");
        assertThat(api("GET", "/api/v1/statutes", police, null).statusCode()).isEqualTo(200);
        assertThat(api("POST", "/api/v1/registrants", police, "{\"familyName\":\"SOK\",\"sex\":\"MALE\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api(
                                "POST",
                                "/api/v1/registrants",
                                clerk,
                                "{\"familyName\":\"KEYCLOAK\",\"sex\":\"MALE\",\"confirmedDistinctPerson\":true}")
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAtTheProvider() {
        BrowserSession browser = browser();
        var page = browser.get(keycloak.consoleUrl() + "/console");
        for (int attempt = 1; attempt <= 5; attempt++) {
            page = browser.signInAtProvider(page, "auditor", "not-the-password-" + attempt);
            assertThat(BrowserSession.isProviderLoginForm(page))
                    .as("attempt %d is refused", attempt)
                    .isTrue();
        }

        var withTheRightPassword =
                browser.signInAtProvider(page, "auditor", keycloak.passwords().get("auditor"));

        assertThat(BrowserSession.isProviderLoginForm(withTheRightPassword)).isTrue();
        assertThat(browser.visited())
                .noneSatisfy(u -> assertThat(u.getPath()).isEqualTo("/login/oauth2/code/keycloak"));
    }

    /** A browser that trusts the install's authority, as an officer's would once it is imported. */
    private BrowserSession browser() {
        return new BrowserSession(LocalCertificateAuthority.sslContext(keycloak.trustedCertificate()));
    }

    private String machineToken() {
        return token(
                Map.of("grant_type", "client_credentials"), keycloak.machineClientId(), keycloak.machineClientSecret());
    }

    /** A user's token the way the console gets one: authorization code with PKCE, the user signing in at the provider. */
    private String userToken(String username) {
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        String redirect = keycloak.consoleUrl() + "/login/oauth2/code/keycloak";
        BrowserSession browser = browser();
        var loginPage = browser.get(keycloak.issuer() + "/protocol/openid-connect/auth?"
                + form(Map.of(
                        "client_id",
                        keycloak.consoleClientId(),
                        "response_type",
                        "code",
                        "scope",
                        "openid",
                        "redirect_uri",
                        redirect,
                        "state",
                        UUID.randomUUID().toString(),
                        "code_challenge",
                        challenge(verifier),
                        "code_challenge_method",
                        "S256")));
        HttpResponse<String> answer = browser.post(
                BrowserSession.loginFormAction(loginPage.body()),
                Map.of("username", username, "password", keycloak.passwords().get(username), "credentialId", ""));
        URI callback = browser.visited().stream()
                .filter(u -> u.toString().startsWith(redirect))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no code for " + username + ": " + answer.statusCode()));
        String code = Pattern.compile("(?:^|&)code=([^&]+)")
                .matcher(callback.getRawQuery())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        return token(
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        java.net.URLDecoder.decode(code, StandardCharsets.UTF_8),
                        "redirect_uri",
                        redirect,
                        "code_verifier",
                        verifier),
                keycloak.consoleClientId(),
                keycloak.consoleClientSecret());
    }

    private String token(Map<String, String> grant, String clientId, String secret) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(keycloak.tokenUri()))
                .header("Authorization", Http.basic(clientId, secret))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(grant)))
                .build());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        assertThat(token.find()).as("token response %d", response.statusCode()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> api(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keycloak.consoleUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header(PurposeOfAccess.HEADER, PURPOSE);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }
}
