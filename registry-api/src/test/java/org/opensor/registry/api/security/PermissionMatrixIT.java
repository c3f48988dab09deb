package org.opensor.registry.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, called as every role and as nobody, against {@link Permissions}: a new
 * endpoint without an entry in the table, or an entry for an endpoint that no longer exists, fails here.
 */
@IntegrationTest
class PermissionMatrixIT {

    private static final List<String> USERS = List.copyOf(TestAccounts.ROLE_OF.keySet());
    private static final java.util.Map<String, Role> ROLE_OF = TestAccounts.ROLE_OF;

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

    private record Endpoint(HttpMethod method, String path) {}

    private List<Endpoint> apiEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<String> paths = info.getPatternValues();
            Set<org.springframework.web.bind.annotation.RequestMethod> methods =
                    info.getMethodsCondition().getMethods();
            for (String path : paths) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                assertThat(methods)
                        .as("endpoint %s must name its HTTP method", path)
                        .isNotEmpty();
                methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), path)));
            }
        });
        return endpoints;
    }

    @Test
    void everyEndpointHasExactlyOneEntryInThePermissionTableAndEveryEntryAnEndpoint() {
        Set<String> served = new TreeSet<>();
        apiEndpoints().forEach(e -> served.add(e.method() + " " + e.path()));
        Set<String> listed = new TreeSet<>();
        Permissions.ALL.forEach(p -> assertThat(listed.add(p.method() + " " + p.path()))
                .as("listed twice: %s %s", p.method(), p.path())
                .isTrue());

        assertThat(served).as("endpoints without a rule in Permissions").isSubsetOf(listed);
        assertThat(listed).as("rules for endpoints that do not exist").isSubsetOf(served);
    }

    @Test
    void everyRoleGetsExactlyWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : apiEndpoints()) {
            Permission permission =
                    Permissions.find(endpoint.method(), endpoint.path()).orElseThrow();
            String path = endpoint.path()
                    .replace("{username}", "no-such-account")
                    .replaceAll("\\{[A-Za-z]+\\}", UUID.randomUUID().toString());
            String body = endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.DELETE ? null : "{}";

            HttpResponse<String> anonymous =
                    Http.call(port, endpoint.method().name(), path, null, "CASE-1 permission matrix test", body);
            if (anonymous.statusCode() != 401) {
                wrong.add("anonymous " + endpoint + " → " + anonymous.statusCode() + ", expected 401");
            }
            for (String user : USERS) {
                HttpResponse<String> reply = Http.call(
                        port,
                        endpoint.method().name(),
                        path,
                        Http.basic(user, TestAccounts.PASSWORD),
                        "CASE-1 permission matrix test",
                        body);
                boolean allowed = permission.roles().contains(ROLE_OF.get(user));
                boolean refused = reply.statusCode() == 401 || reply.statusCode() == 403;
                if (allowed == refused || (!allowed && reply.statusCode() != 403)) {
                    wrong.add(user + " " + endpoint + " → " + reply.statusCode()
                            + (allowed ? ", expected access" : ", expected 403"));
                }
                assertThat(reply.headers().firstValue("Content-Type").orElse("application/problem+json"))
                        .as("%s %s as %s", endpoint.method(), path, user)
                        .satisfiesAnyOf(
                                ct -> assertThat(ct).startsWith("application/json"),
                                ct -> assertThat(ct).startsWith("application/problem+json"),
                                ct -> assertThat(ct).startsWith("text/event-stream"));
            }
        }
        assertThat(wrong).isEmpty();
    }
}
