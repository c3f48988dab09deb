package org.opensor.registry.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the stack's Kafka: one SCRAM-SHA-512 user per service and what each may read and write, plus
 * the broker's own super user. The single place the ACLs are defined; docs/security.md shows the same table.
 */
public final class KafkaAccess {

    /** The super user: the broker talks to itself as it, and the stack creates topics, users and ACLs as it. */
    public static final String ADMIN = "opensor-admin";

    public static final String REGISTRY_API = "registry-api";
    public static final String SEARCH_INDEXER = "search-indexer";
    public static final String NOTIFICATION_WORKER = "notification-worker";
    /** The services' users; each may also use the consumer groups whose names start with its own name. */
    public static final List<String> SERVICES = List.of(REGISTRY_API, SEARCH_INDEXER, NOTIFICATION_WORKER);

    public static final String MECHANISM = "SCRAM-SHA-512";
    /** SCRAM logins inside TLS: the password never crosses the wire and neither do the events. */
    public static final String SECURITY_PROTOCOL = "SASL_SSL";

    static final String REGISTRANTS = "registry.registrants.v1";
    static final String TRAVEL = "registry.travel.v1";
    static final String ALERTS = "registry.alerts.v1";
    /** Signed audit chain checkpoints, written by registry-api (see its audit package). */
    static final String AUDIT_CHECKPOINTS = "registry.audit-checkpoints.v1";

    /** One permission: {@code principal} may {@code operation} the topic or group {@code resource}. */
    public record Grant(
            String principal, ResourceType type, String resource, PatternType pattern, AclOperation operation) {

        AclBinding binding() {
            return new AclBinding(
                    new ResourcePattern(type, resource, pattern),
                    new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
        }
    }

    /** Every permission of the stack: nothing else is allowed (the broker denies what no ACL allows). */
    public static final List<Grant> GRANTS = List.of(
            // registry-api relays its outbox (registrants, travel notices and border hits, alert acknowledgements) and
            // its audit checkpoints, and reads alerts into its inbox
            write(REGISTRY_API, REGISTRANTS),
            write(REGISTRY_API, TRAVEL),
            write(REGISTRY_API, ALERTS),
            write(REGISTRY_API, AUDIT_CHECKPOINTS),
            read(REGISTRY_API, AUDIT_CHECKPOINTS),
            read(REGISTRY_API, ALERTS),
            write(REGISTRY_API, ALERTS + ".dlq"),
            groups(REGISTRY_API),
            // search-indexer projects registrants into the index
            read(SEARCH_INDEXER, REGISTRANTS),
            write(SEARCH_INDEXER, REGISTRANTS + ".dlq"),
            groups(SEARCH_INDEXER),
            // notification-worker turns registrants, travel and alert events into alerts it issues and delivers
            read(NOTIFICATION_WORKER, REGISTRANTS),
            read(NOTIFICATION_WORKER, TRAVEL),
            read(NOTIFICATION_WORKER, ALERTS),
            write(NOTIFICATION_WORKER, ALERTS),
            write(NOTIFICATION_WORKER, REGISTRANTS + ".dlq"),
            write(NOTIFICATION_WORKER, TRAVEL + ".dlq"),
            write(NOTIFICATION_WORKER, ALERTS + ".dlq"),
            groups(NOTIFICATION_WORKER));

    private KafkaAccess() {}

    private static Grant read(String principal, String topic) {
        return new Grant(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.READ);
    }

    private static Grant write(String principal, String topic) {
        return new Grant(principal, ResourceType.TOPIC, topic, PatternType.LITERAL, AclOperation.WRITE);
    }

    private static Grant groups(String principal) {
        return new Grant(principal, ResourceType.GROUP, principal, PatternType.PREFIXED, AclOperation.READ);
    }

    /** The JAAS line a client logs in with (passwords the stack generates are letters and digits: no quoting). */
    public static String jaasConfig(String username, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    /**
     * Client settings (Kafka's own names) to log in as {@code username} over TLS, trusting only the certificate authority
     * in {@code trustedCertificate} (PEM) and checking the broker's name against its certificate.
     */
    public static Map<String, String> clientProperties(
            String bootstrapServers, String username, String password, Path trustedCertificate) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("security.protocol", SECURITY_PROTOCOL);
        properties.put("sasl.mechanism", MECHANISM);
        properties.put("sasl.jaas.config", jaasConfig(username, password));
        properties.put("ssl.truststore.type", "PEM");
        properties.put("ssl.truststore.location", trustedCertificate.toString());
        properties.put("ssl.endpoint.identification.algorithm", "https");
        return properties;
    }

    /**
     * The environment a service is started with to log in as its own user over TLS (see each service's application.yml
     * and infra/service-support's kafka-client.yml).
     */
    public static Map<String, String> serviceEnvironment(
            String bootstrapServers, String username, String password, Path trustedCertificate) {
        return Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS",
                bootstrapServers,
                "SPRING_KAFKA_SECURITY_PROTOCOL",
                SECURITY_PROTOCOL,
                "SPRING_KAFKA_SSL_TRUST_STORE_TYPE",
                "PEM",
                "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION",
                "file:" + trustedCertificate,
                "OPENSOR_KAFKA_USERNAME",
                username,
                "OPENSOR_KAFKA_PASSWORD",
                password);
    }
}
