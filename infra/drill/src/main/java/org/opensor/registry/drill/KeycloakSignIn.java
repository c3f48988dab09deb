package org.opensor.registry.drill;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opensor.registry.stack.ServiceTls;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Access tokens from Keycloak the way the console gets them: the user signs in on Keycloak's page (authorization code
 * with PKCE, the console's client), since the realm allows no password grant. Over HTTPS checked against the install's
 * authority; a token is reused until a minute before it expires.
 */
final class KeycloakSignIn implements SignIn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Token(String value, Instant expires) {}

    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    private final Map<String, String> passwords;
    private final Path trustedCertificate;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /**
     * @param consoleUrl where the console answers: the only redirect address its client accepts (the code is read from
     *                   the redirect, which is never followed)
     */
    KeycloakSignIn(
            String issuer,
            String clientId,
            String clientSecret,
            String consoleUrl,
            Map<String, String> passwords,
            Path trustedCertificate) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = consoleUrl + "/login/oauth2/code/keycloak";
        this.passwords = passwords;
        this.trustedCertificate = trustedCertificate;
    }

    @Override
    public String authorization(String username) {
        Token token = tokens.get(username);
        if (token == null || Instant.now().isAfter(token.expires().minusSeconds(60))) {
            token = signIn(username);
            tokens.put(username, token);
        }
        return "Bearer " + token.value();
    }

    @Override
    public void forgetSessions() {
        tokens.clear();
    }

    private Token signIn(String username) {
        HttpClient browser = ServiceTls.client(trustedCertificate)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        HttpResponse<String> page = send(
                browser,
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/auth?"
                                + form(Map.of(
                                        "client_id",
                                        clientId,
                                        "response_type",
                                        "code",
                                        "scope",
                                        "openid",
                                        "redirect_uri",
                                        redirectUri,
                                        "state",
                                        UUID.randomUUID().toString(),
                                        "code_challenge",
                                        challenge(verifier),
                                        "code_challenge_method",
                                        "S256"))))
                        .GET());
        HttpResponse<String> signedIn = send(
                browser,
                HttpRequest.newBuilder(URI.create(loginFormAction(page)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "username",
                                username,
                                "password",
                                passwords.getOrDefault(username, ""),
                                "credentialId",
                                "")))));
        String location = signedIn.headers().firstValue("Location").orElse("");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        if (signedIn.statusCode() != 302 || !location.startsWith(redirectUri) || !code.find()) {
            throw new IllegalStateException("Keycloak did not sign " + username + " in (answered "
                    + signedIn.statusCode() + "): is the realm imported and the password the install's?");
        }
        HttpResponse<String> answer = send(
                browser,
                HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((enc(clientId) + ":" + enc(clientSecret))
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type",
                                "authorization_code",
                                "code",
                                URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                                "redirect_uri",
                                redirectUri,
                                "code_verifier",
                                verifier)))));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Keycloak's token endpoint answered " + answer.statusCode());
        }
        JsonNode token = JSON.readTree(answer.body());
        return new Token(
                token.path("access_token").asString(),
                Instant.now().plusSeconds(token.path("expires_in").asLong(60)));
    }

    private static String loginFormAction(HttpResponse<String> page) {
        Matcher form = LOGIN_FORM.matcher(page.body());
        Matcher action = form.find() ? ACTION.matcher(form.group()) : null;
        if (page.statusCode() != 200 || action == null || !action.find()) {
            throw new IllegalStateException("Keycloak showed no sign-in form (answered " + page.statusCode() + ")");
        }
        return action.group(1).replace("&amp;", "&");
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
