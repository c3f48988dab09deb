package org.opensor.registry.stack;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Who may do what on the stack's Elasticsearch: one file-realm user per principal, each with the least its work needs,
 * and a super user for setup and tests only. The single place the roles are defined; docs/security.md shows the same
 * table. Elasticsearch denies whatever no role grants, and answers no one without a login.
 */
public final class ElasticsearchAccess {

    /** The super user ({@code superuser} role): for setup and the tests' own fixtures, never a service. */
    public static final String ADMIN = "opensor-admin";
    /** search-indexer: writes the registrant index, makes numbered indices and moves the alias on a rebuild. */
    public static final String SEARCH_INDEXER = "search-indexer";
    /** registry-api: reads the registrant index (identity search and screening), writes nothing. */
    public static final String REGISTRY_API = "registry-api";
    /** The backup-and-restore drill: registers the snapshot repository, takes and restores snapshots. */
    public static final String DRILL = "opensor-drill";
    /** Health checks and monitoring (infra/local/status, the chaos suite): cluster health and statistics only. */
    public static final String MONITOR = "opensor-monitor";

    /** Every user, in the order of docs/security.md. */
    public static final List<String> USERS = List.of(ADMIN, SEARCH_INDEXER, REGISTRY_API, DRILL, MONITOR);

    /** The registrant index's alias and its numbered indices (and the tests' own aliases beside them). */
    static final String REGISTRANT_INDICES = "registrants*";

    /** Each user's role; the roles themselves are in {@link #rolesFile()}. */
    static final Map<String, String> ROLE_OF = Map.of(
            ADMIN, "superuser",
            SEARCH_INDEXER, "registrant-index-writer",
            REGISTRY_API, "registrant-index-reader",
            DRILL, "registrant-snapshots",
            MONITOR, "cluster-health");

    /** PBKDF2-HMAC-SHA512 as Elasticsearch's {@code Hasher} verifies it: 32-byte salt and key, base64. */
    private static final int PBKDF2_ITERATIONS = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ElasticsearchAccess() {}

    /** The secrets key of {@code user}'s password (the stack's secrets file, mode 600). */
    public static String secretKey(String user) {
        return "elasticsearch.password." + user;
    }

    /**
     * {@code roles.yml}: the services' health indicator asks for cluster health, so both services may read it (the
     * action alone, not the rest of {@code monitor}).
     */
    static String rolesFile() {
        return """
                # written by infra/stack (ElasticsearchAccess) on every start; edits here are lost
                registrant-index-writer:
                  cluster: [ "cluster:monitor/health" ]
                  indices:
                    - names: [ "%1$s" ]
                      privileges: [ "read", "write", "manage" ]
                registrant-index-reader:
                  cluster: [ "cluster:monitor/health" ]
                  indices:
                    - names: [ "%1$s" ]
                      privileges: [ "read" ]
                registrant-snapshots:
                  cluster: [ "monitor", "cluster:admin/repository/*", "cluster:admin/snapshot/*" ]
                  indices:
                    - names: [ "%1$s" ]
                      privileges: [ "read", "view_index_metadata" ]
                cluster-health:
                  cluster: [ "monitor" ]
                """.formatted(REGISTRANT_INDICES);
    }

    /** {@code users_roles}: role → its users. */
    static String usersRolesFile() {
        return USERS.stream()
                        .collect(Collectors.groupingBy(ROLE_OF::get, LinkedHashMap::new, Collectors.joining(",")))
                        .entrySet()
                        .stream()
                        .map(e -> e.getKey() + ":" + e.getValue())
                        .collect(Collectors.joining("\n"))
                + "\n";
    }

    /** {@code users}: each user with the hash of the password {@code passwordOf} gives it (never the password). */
    static String usersFile(UnaryOperator<String> passwordOf) {
        return USERS.stream()
                        .map(user -> user + ":" + pbkdf2(passwordOf.apply(user)))
                        .collect(Collectors.joining("\n"))
                + "\n";
    }

    /** {@code {PBKDF2}iterations$salt$key}, the form Elasticsearch's file realm recognises by its prefix. */
    static String pbkdf2(String password) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, PBKDF2_ITERATIONS, 256))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "{PBKDF2}" + PBKDF2_ITERATIONS + "$" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new StackException("This JDK cannot compute PBKDF2-HMAC-SHA512: " + e.getMessage(), e);
        }
    }

    /** The {@code Authorization} header value of a Basic login. */
    public static String authorization(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code request} logged in as {@code user}. */
    public static HttpRequest.Builder as(HttpRequest.Builder request, String user, String password) {
        return request.header("Authorization", authorization(user, password));
    }

    /** The SSL bundle through which a service trusts the authority of Elasticsearch's certificates. */
    public static final String TRUST_BUNDLE = "elasticsearch";

    /**
     * The environment a service is started with to reach Elasticsearch at {@code urls} (comma-separated) as its own
     * user, over HTTPS, trusting only the authority in {@code trustedCertificate} (PEM) and checking the node's name.
     */
    public static Map<String, String> serviceEnvironment(
            String urls, String user, String password, Path trustedCertificate) {
        return Map.of(
                "SPRING_ELASTICSEARCH_URIS", urls,
                "SPRING_ELASTICSEARCH_USERNAME", user,
                "SPRING_ELASTICSEARCH_PASSWORD", password,
                "SPRING_ELASTICSEARCH_RESTCLIENT_SSL_BUNDLE", TRUST_BUNDLE,
                "SPRING_SSL_BUNDLE_PEM_ELASTICSEARCH_TRUSTSTORE_CERTIFICATE", "file:" + trustedCertificate);
    }
}
