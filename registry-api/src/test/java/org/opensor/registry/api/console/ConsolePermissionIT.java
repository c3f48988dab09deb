package org.opensor.registry.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every console route, opened as every role through a real form login (session cookie and CSRF token), against
 * {@link ConsolePages}: a page without an entry, an entry without a page, or a role that gets more or less than
 * the API endpoint the page borrows, fails here. Also: nobody signed in is sent to the login page, and a form
 * posted without its CSRF token is refused.
 */
@IntegrationTest
public class ConsolePermissionIT {

    private static final Map<String, Role> ROLE_OF = TestAccounts.ROLE_OF;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(jdbc, encoder);
    }

    private record Route(HttpMethod method, String path) {}

    private List<Route> consoleRoutes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String path : info.getPatternValues()) {
                if (path.equals("/console") || path.startsWith("/console/")) {
                    assertThat(info.getMethodsCondition().getMethods())
                            .as("console route %s must name its HTTP method", path)
                            .isNotEmpty();
                    info.getMethodsCondition()
                            .getMethods()
                            .forEach(m -> routes.add(new Route(HttpMethod.valueOf(m.name()), path)));
                }
            }
        });
        return routes;
    }

    @Test
    void everyConsoleRouteHasExactlyOneEntryInThePageTableAndEveryEntryARoute() {
        Set<String> served = new TreeSet<>();
        consoleRoutes().forEach(r -> served.add(r.method() + " " + r.path()));
        Set<String> listed = new TreeSet<>();
        ConsolePages.ALL.forEach(p -> assertThat(listed.add(p.method() + " " + p.path()))
                .as("listed twice: %s %s", p.method(), p.path())
                .isTrue());
        assertThat(served).as("console routes without an entry in ConsolePages").isSubsetOf(listed);
        assertThat(listed).as("ConsolePages entries without a route").isSubsetOf(served);
    }

    @Test
    void everyRoleGetsExactlyThePagesOfTheApiEndpointsItMayCall() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var user : ROLE_OF.entrySet()) {
            Session session = Session.signIn(port, user.getKey(), TestAccounts.PASSWORD);
            if (user.getValue() == Role.BORDER_AGENCY_SYSTEM) {
                // a machine client has no console: it signs in, and every page refuses it
                assertThat(session.get("/console").statusCode()).isEqualTo(403);
            }
            session.statePurpose();
            for (Route route : consoleRoutes()) {
                ConsolePage page =
                        ConsolePages.find(route.method(), route.path()).orElseThrow();
                String path = route.path()
                        .replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString());
                HttpResponse<String> reply =
                        route.method() == HttpMethod.GET ? session.get(path) : session.post(path, Map.of());
                boolean allowed = page.roles().contains(user.getValue());
                if (allowed && reply.statusCode() == 403 || !allowed && reply.statusCode() != 403) {
                    wrong.add(user.getKey() + " " + route + " → " + reply.statusCode()
                            + (allowed ? ", expected access" : ", expected 403"));
                }
                assertThat(reply.statusCode())
                        .as("%s %s as %s", route.method(), path, user.getKey())
                        .isLessThan(500);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void nobodySignedInIsSentToTheLoginPageAndAFormWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpClient anonymous =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> home = anonymous.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        Session clerk = Session.signIn(port, "clerk", TestAccounts.PASSWORD);
        HttpResponse<String> forged = clerk.client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/console/purpose"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "purpose=" + URLEncoder.encode("CASE-1 forged form post", StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordSendsTheBrowserBackToTheLoginPageWithAnError() throws Exception {
        HttpResponse<String> refused = Session.attempt(port, "police", "not-the-password");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    /** A browser session: cookie jar and the CSRF token of the last page fetched. */
    /** A browser signed in to the console: session cookie and the page's CSRF token. */
    public static final class Session {

        public final HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        final int port;
        String csrf;

        private Session(int port) {
            this.port = port;
        }

        public static Session signIn(int port, String username, String password) throws Exception {
            Session session = new Session(port);
            HttpResponse<String> reply = session.login(username, password);
            assertThat(reply.headers().firstValue("Location").orElse(""))
                    .as("sign-in of %s", username)
                    .endsWith("/console");
            // the language is kept per account: whatever an earlier test chose, these tests read English
            session.speak("en");
            session.get("/console/purpose");
            return session;
        }

        public static HttpResponse<String> attempt(int port, String username, String password) throws Exception {
            return new Session(port).login(username, password);
        }

        /** In English: these tests read the pages' words; the Khmer pages have their own tests (MessageBundlesTest, e2e). */
        private HttpResponse<String> login(String username, String password) throws Exception {
            get("/login?language=en");
            get("/login");
            return post("/login", Map.of("username", username, "password", password));
        }

        /**
         * Switches the console to {@code language} ({@code km} or {@code en}); the choice is kept on the shared test
         * account, so a test that reads Khmer switches back to English when it ends.
         */
        public void speak(String language) throws Exception {
            get("/console");
            post("/console/language", Map.of("language", language, "next", "/console"));
        }

        public void statePurpose() throws Exception {
            HttpResponse<String> form = get("/console/purpose");
            if (form.statusCode() == 200) {
                post("/console/purpose", Map.of("purpose", "CASE-1 console permission matrix test"));
            }
        }

        public HttpResponse<String> get(String path) throws Exception {
            if (path.endsWith("/stream")) {
                return stream(path);
            }
            HttpResponse<String> reply = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(reply.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return reply;
        }

        /** A server-sent event stream stays open: only its status counts, then it is closed. */
        private HttpResponse<String> stream(String path) throws Exception {
            HttpResponse<java.io.InputStream> reply = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Accept", "text/event-stream")
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            reply.body().close();
            return new StatusOnly(reply);
        }

        /** A form with one file field, as a browser sends an upload ({@code multipart/form-data}). */
        public HttpResponse<String> postFile(
                String path, String field, String filename, String contentType, byte[] content) throws Exception {
            String boundary = "----opensor" + java.util.UUID.randomUUID();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                            + (csrf == null ? "" : csrf)
                            + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                            + "\"; filename=\"" + filename
                            + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            StringBuilder body = new StringBuilder("_csrf=")
                    .append(URLEncoder.encode(csrf == null ? "" : csrf, StandardCharsets.UTF_8));
            form.forEach((k, v) ->
                    body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The status and headers of a response whose body was not read. */
    private record StatusOnly(HttpResponse<?> reply) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return reply.statusCode();
        }

        @Override
        public HttpRequest request() {
            return reply.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return reply.headers();
        }

        @Override
        public String body() {
            return "";
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return reply.sslSession();
        }

        @Override
        public URI uri() {
            return reply.uri();
        }

        @Override
        public HttpClient.Version version() {
            return reply.version();
        }
    }
}
