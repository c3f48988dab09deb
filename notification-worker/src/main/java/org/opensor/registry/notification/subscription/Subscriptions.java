package org.opensor.registry.notification.subscription;

import java.net.URI;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opensor.registry.notification.adminapi.AlertType;
import org.opensor.registry.notification.config.NotificationSettings;
import org.opensor.registry.notification.rules.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Agencies' webhook subscriptions ({@code notification.subscription}). Signing secrets are generated here
 * ({@code whsec_} + base64 of 32 random bytes, as Standard Webhooks asks), stored encrypted, and returned in clear
 * only by {@link #create} and {@link #rotateSecret}. During a rotation both secrets sign, so a receiver can switch
 * at its own pace within {@code previous-secret-valid-for}.
 */
@Service
public class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = """
            subscription_id, agency, unit, url, alert_types, countries, border_posts, districts, active, version,
            previous_secret_expires_at, created_at, updated_at""";

    private final Object activeInTransaction = new Object();
    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final Clock clock;
    private final NotificationSettings settings;

    Subscriptions(JdbcClient jdbc, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = new SecretCipher(
                settings.secrets() == null ? null : settings.secrets().encryptionKey());
        this.clock = clock;
        this.settings = settings;
    }

    /** A subscription with the signing secret in clear: the only time it is shown. */
    public record WithSecret(Subscription subscription, String signingSecret) {
        @Override
        public String toString() {
            return "WithSecret[" + subscription.id() + "]";
        }
    }

    /** Whether secrets can be encrypted (an encryption key is configured). */
    public boolean canHoldSecrets() {
        return cipher.configured();
    }

    @Transactional
    public WithSecret create(String agency, String unit, URI url, SubscriptionFilter filter) {
        String secret = newSecret();
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into notification.subscription (subscription_id, agency, unit, url, alert_types, countries, border_posts, districts,
                    active, version, secret_ciphertext, created_at, updated_at)
                values (:id, :agency, :unit, :url, :types, :countries, :posts, :districts, true, 1, :secret, :now, :now)
                """)
                .param("id", id)
                .param("agency", agency)
                .param("unit", unit)
                .param("url", url.toString())
                .param(
                        "types",
                        filter.alertTypes().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("countries", sorted(filter.countries()))
                .param("posts", sorted(filter.borderPosts()))
                .param("districts", sorted(filter.districts()))
                .param("secret", cipher.encrypt(secret))
                .param("now", Timestamp.from(now))
                .update();
        return new WithSecret(find(id).orElseThrow(), secret);
    }

    public Optional<Subscription> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification.subscription where subscription_id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** A page of subscriptions, oldest first. */
    public List<Subscription> page(int page, int size) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from notification.subscription order by created_at, subscription_id limit :size offset :offset")
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> map(rs))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from notification.subscription")
                .query(Long.class)
                .single();
    }

    /** Changes URL, filter and the active switch, if the caller saw the current version. */
    @Transactional
    public Subscription update(UUID id, long expectedVersion, URI url, SubscriptionFilter filter, boolean active) {
        Subscription current = find(id).orElseThrow(() -> new SubscriptionNotFound(id));
        int changed = jdbc.sql("""
                update notification.subscription set url = :url, alert_types = :types, countries = :countries, border_posts = :posts,
                    districts = :districts, active = :active, version = version + 1, updated_at = :now
                where subscription_id = :id and version = :version
                """)
                .param("id", id)
                .param("version", expectedVersion)
                .param("url", url.toString())
                .param(
                        "types",
                        filter.alertTypes().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("countries", sorted(filter.countries()))
                .param("posts", sorted(filter.borderPosts()))
                .param("districts", sorted(filter.districts()))
                .param("active", active)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        if (changed == 0) {
            throw new StaleSubscription(expectedVersion, current.version());
        }
        return find(id).orElseThrow();
    }

    /** A new current secret; the previous one keeps signing for {@code previous-secret-valid-for}. */
    @Transactional
    public WithSecret rotateSecret(UUID id, long expectedVersion) {
        Subscription current = find(id).orElseThrow(() -> new SubscriptionNotFound(id));
        String secret = newSecret();
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                update notification.subscription set previous_secret_ciphertext = secret_ciphertext, secret_ciphertext = :secret,
                    previous_secret_expires_at = :expires, version = version + 1, updated_at = :now
                where subscription_id = :id and version = :version
                """)
                .param("id", id)
                .param("version", expectedVersion)
                .param("secret", cipher.encrypt(secret))
                .param("expires", Timestamp.from(now.plus(settings.delivery().previousSecretValidFor())))
                .param("now", Timestamp.from(now))
                .update();
        if (changed == 0) {
            throw new StaleSubscription(expectedVersion, current.version());
        }
        return new WithSecret(find(id).orElseThrow(), secret);
    }

    /** Active subscriptions that want this alert, leaving out the duty officer's (they receive escalations only). */
    public List<Subscription> matching(AlertType type, List<Recipient> recipients) {
        return active().stream()
                .filter(s -> !s.agency().equals(settings.escalation().dutyOfficerAgency()))
                .filter(s -> s.filter().matches(type, recipients))
                .toList();
    }

    /**
     * Active subscriptions of these units that want this type of alert, wherever it goes (the duty officer's left out):
     * an alert on a record restricted to the units goes to them in place of the rules' recipients.
     */
    public List<Subscription> ofUnits(AlertType type, Collection<String> units) {
        return active().stream()
                .filter(s -> !s.agency().equals(settings.escalation().dutyOfficerAgency()))
                .filter(s -> s.belongsToAnyOf(units) && s.filter().wants(type))
                .toList();
    }

    /** Active subscriptions of the duty-officer agency. */
    public List<Subscription> dutyOfficers() {
        return active().stream()
                .filter(s -> s.agency().equals(settings.escalation().dutyOfficerAgency()))
                .toList();
    }

    /** Where and with which secrets to deliver, for each of these subscriptions that is active. */
    public Map<UUID, Endpoint> endpoints(Collection<UUID> ids) {
        Instant now = clock.instant();
        return jdbc
                .sql("""
                select subscription_id, agency, url, secret_ciphertext, previous_secret_ciphertext, previous_secret_expires_at
                from notification.subscription where subscription_id = any(:ids) and active
                """)
                .param("ids", ids.toArray(UUID[]::new))
                .query((rs, n) -> {
                    List<String> secrets = new ArrayList<>();
                    secrets.add(cipher.decrypt(rs.getString("secret_ciphertext")));
                    Timestamp expires = rs.getTimestamp("previous_secret_expires_at");
                    if (rs.getString("previous_secret_ciphertext") != null
                            && expires != null
                            && expires.toInstant().isAfter(now)) {
                        secrets.add(cipher.decrypt(rs.getString("previous_secret_ciphertext")));
                    }
                    return new Endpoint(
                            rs.getObject("subscription_id", UUID.class),
                            rs.getString("agency"),
                            URI.create(rs.getString("url")),
                            List.copyOf(secrets));
                })
                .list()
                .stream()
                .collect(Collectors.toMap(Endpoint::subscriptionId, Function.identity()));
    }

    /**
     * Read once per transaction: the intake issues hundreds of alerts in one transaction, and reading the
     * subscriptions again for each was a round trip per alert for the same rows.
     */
    @SuppressWarnings("unchecked")
    private List<Subscription> active() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return readActive();
        }
        List<Subscription> active =
                (List<Subscription>) TransactionSynchronizationManager.getResource(activeInTransaction);
        if (active == null) {
            List<Subscription> read = readActive();
            TransactionSynchronizationManager.bindResource(activeInTransaction, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(activeInTransaction);
                }
            });
            active = read;
        }
        return active;
    }

    private List<Subscription> readActive() {
        return jdbc.sql("select " + COLUMNS + " from notification.subscription where active")
                .query((rs, n) -> map(rs))
                .list();
    }

    private String newSecret() {
        if (!cipher.configured()) {
            throw new SecretCipher.SecretsNotConfigured();
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static String[] sorted(Set<String> values) {
        return values.stream().sorted().toArray(String[]::new);
    }

    private static Subscription map(ResultSet rs) throws SQLException {
        Set<AlertType> types = EnumSet.noneOf(AlertType.class);
        strings(rs.getArray("alert_types")).forEach(t -> types.add(AlertType.valueOf(t)));
        Timestamp expires = rs.getTimestamp("previous_secret_expires_at");
        return new Subscription(
                rs.getObject("subscription_id", UUID.class),
                rs.getString("agency"),
                rs.getString("unit"),
                URI.create(rs.getString("url")),
                new SubscriptionFilter(
                        types,
                        new HashSet<>(strings(rs.getArray("countries"))),
                        new HashSet<>(strings(rs.getArray("border_posts"))),
                        new HashSet<>(strings(rs.getArray("districts")))),
                rs.getBoolean("active"),
                rs.getLong("version"),
                expires == null ? null : expires.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
