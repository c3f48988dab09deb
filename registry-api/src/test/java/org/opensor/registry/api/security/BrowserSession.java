package org.opensor.registry.api.security;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does between the console and the identity provider: keeps cookies and follows redirects one at a time,
 * remembering each address it was sent to, so a test can see every hop (the PKCE challenge, the code, the sign-out).
 */
final class BrowserSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>", Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final List<URI> visited = new ArrayList<>();

    /** @param trust the authorities a browser would trust: the identity provider serves HTTPS only */
    BrowserSession(javax.net.ssl.SSLContext trust) {
        this.client = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookieJar())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(trust)
                .build();
    }

    /** Addresses the session was sent to, in order, since it started. */
    List<URI> visited() {
        return visited;
    }

    HttpResponse<String> get(String url) {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    HttpResponse<String> getWithoutFollowing(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** Fills in the identity provider's sign-in form on {@code page} and submits it. */
    HttpResponse<String> signInAtProvider(HttpResponse<String> page, String username, String password) {
        return post(
                loginFormAction(page.body()), Map.of("username", username, "password", password, "credentialId", ""));
    }

    static boolean isProviderLoginForm(HttpResponse<String> page) {
        return page.statusCode() == 200 && LOGIN_FORM.matcher(page.body()).find();
    }

    static String loginFormAction(String html) {
        Matcher form = LOGIN_FORM.matcher(html);
        if (!form.find()) {
            throw new AssertionError(
                    "no Keycloak sign-in form in:\n" + html.substring(0, Math.min(html.length(), 2000)));
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new AssertionError("the sign-in form has no action: " + form.group());
        }
        return action.group(1).replace("&amp;", "&");
    }

    static String csrfToken(String html) {
        Matcher csrf = CSRF.matcher(html);
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return csrf.group(1);
    }

    /**
     * Cookies as a browser keeps them for http://127.0.0.1: browsers count loopback as a secure context and send
     * {@code Secure} cookies there (Keycloak marks its own so even over HTTP); {@link java.net.CookieManager} would not.
     * Keyed by name and path, sent where the path matches, forgotten on {@code Max-Age=0}.
     */
    private static final class LoopbackCookieJar extends CookieHandler {

        private final Map<String, String[]> cookies = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            List<String> sent = cookies.values().stream()
                    .filter(c -> path.startsWith(c[2]) || (path + "/").equals(c[2]))
                    .map(c -> c[0] + "=" + c[1])
                    .toList();
            return sent.isEmpty() ? Map.of() : Map.of("Cookie", List.of(String.join("; ", sent)));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    values.forEach(this::store);
                }
            });
        }

        private void store(String header) {
            String[] parts = header.split(";");
            int equals = parts[0].indexOf('=');
            String name = parts[0].substring(0, equals).trim();
            String value = parts[0].substring(equals + 1).trim();
            String path = "/";
            boolean expired = false;
            for (String attribute : parts) {
                String a = attribute.trim();
                if (a.regionMatches(true, 0, "Path=", 0, 5)) {
                    path = a.substring(5);
                } else if (a.equalsIgnoreCase("Max-Age=0")
                        || a.regionMatches(true, 0, "Expires=Thu, 01 Jan 1970", 0, 24)) {
                    expired = true;
                }
            }
            String key = name + "|" + path;
            if (expired || value.isEmpty()) {
                cookies.remove(key);
            } else {
                cookies.put(key, new String[] {name, value, path});
            }
        }
    }

    private HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 15 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            current =
                    send(HttpRequest.newBuilder(current.uri().resolve(location)).GET());
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        visited.add(built.uri());
        try {
            return client.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
