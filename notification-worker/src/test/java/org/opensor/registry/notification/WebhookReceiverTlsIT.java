package org.opensor.registry.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.events.travel.TravelNoticeDeclaredV1;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.testservices.TestServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Webhooks over https go only to a receiver that proves who it is: its certificate must come from an authority the
 * worker trusts (here the agencies' own, given as the SSL bundle {@code webhook-receivers}) and name its host. A
 * receiver with a certificate from any other authority gets nothing; the failure is retried like any other.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "registry.notification.delivery.trust-bundle=webhook-receivers",
            "registry.notification.delivery.first-retry=PT0.2S",
            "registry.notification.delivery.max-retry-interval=PT1S",
            "registry.notification.delivery.connect-timeout=PT2S",
            "registry.notification.delivery.request-timeout=PT5S"
        })
@Import(WebhookReceiverTlsIT.OwnWorker.class)
class WebhookReceiverTlsIT {

    private static final String KEY_STORE_PASSWORD = UUID.randomUUID().toString();
    private static final Path PKI = temporaryFolder();
    private static final LocalCertificateAuthority AGENCIES =
            LocalCertificateAuthority.ensure(PKI.resolve("agencies"), Clock.systemUTC());
    private static final LocalCertificateAuthority STRANGER =
            LocalCertificateAuthority.ensure(PKI.resolve("stranger"), Clock.systemUTC());

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final String post = "BP-TLS" + ThreadLocalRandom.current().nextInt(1_000_000);

    /** The agencies' authority: the only one whose receivers' certificates the worker accepts (bound before any bean). */
    @DynamicPropertySource
    static void agenciesAuthority(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.ssl.bundle.pem.webhook-receivers.truststore.certificate",
                () -> "file:" + AGENCIES.certificateFile());
    }

    /** Its own database and consumer group: no other worker context of this JVM takes part. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnWorker {

        @Bean
        static DynamicPropertyRegistrar ownWorkerProperties() {
            String database = TestServices.createDatabase("webhook_tls");
            String group =
                    "notification-worker-webhook-tls-" + UUID.randomUUID(); // the worker's groups: notification-worker*
            KafkaGroups.startAtEnd(group, List.of(Topics.TRAVEL, Topics.ALERTS, Topics.REGISTRANTS));
            TestServices.Endpoints servers = TestServices.get();
            return registry -> {
                registry.add("spring.datasource.url", () -> database);
                registry.add("spring.datasource.username", servers::jdbcUser);
                registry.add("spring.datasource.password", servers::jdbcPassword);
                TestServices.registerKafka(registry); // logs in as notification-worker
                registry.add("registry.notification.intake.group-id", () -> group);
                registry.add("registry.notification.admin.password", () -> WorkerITSupport.ADMIN_PASSWORD);
                registry.add("registry.notification.secrets.encryption-key", () -> WorkerITSupport.SECRET_KEY);
            };
        }
    }

    @Test
    void aReceiverCertifiedByTheAgenciesAuthorityGetsTheAlertAndOneCertifiedByAnotherAuthorityNothing()
            throws Exception {
        AdminClient admin = new AdminClient(port, "registry-admin", WorkerITSupport.ADMIN_PASSWORD);
        try (WebhookReceiver agency = WebhookReceiver.onFreePort()
                        .overTls(AGENCIES.server("agency-receiver", KEY_STORE_PASSWORD), KEY_STORE_PASSWORD);
                WebhookReceiver impostor = WebhookReceiver.onFreePort()
                        .overTls(STRANGER.server("impostor-receiver", KEY_STORE_PASSWORD), KEY_STORE_PASSWORD);
                KafkaProducer<String, byte[]> producer = WorkerITSupport.producer()) {
            assertThat(agency.url()).startsWith("https://127.0.0.1:");
            agency.verifyingWith(subscribe(admin, "BORDER-TLS", agency).secret())
                    .start();
            AdminClient.Created impostorSubscription = subscribe(admin, "BORDER-IMPOSTOR", impostor);
            impostor.verifyingWith(impostorSubscription.secret()).start();
            TravelNoticeDeclaredV1 notice = TravelNotices.declared(UUID.randomUUID(), "XTL", post);

            producer.send(WorkerITSupport.event(
                            Topics.TRAVEL,
                            notice.registrantId().toString(),
                            UUID.randomUUID(),
                            TravelEventTypes.NOTICE_DECLARED_V1,
                            EventCodec.write(notice)))
                    .get();

            WorkerITSupport.await(
                    "the agency's receiver",
                    Duration.ofSeconds(60),
                    () -> agency.verifiedContaining(notice.registrantId().toString())
                                    .size()
                            == 1);
            WorkerITSupport.await(
                    "a refused handshake recorded for the impostor",
                    Duration.ofSeconds(60),
                    () -> jdbc.sql("select count(*) from notification.delivery where subscription_id = :s"
                                            + " and attempts > 0 and last_error = 'SSLHandshakeException'")
                                    .param("s", UUID.fromString(impostorSubscription.id()))
                                    .query(Integer.class)
                                    .single()
                            == 1);
            assertThat(impostor.received()).isEmpty();
        }
    }

    private AdminClient.Created subscribe(AdminClient admin, String agency, WebhookReceiver receiver) throws Exception {
        return admin.subscribe("{\"agency\":\"" + agency + "\",\"url\":\"" + receiver.url() + "\",\"borderPosts\":[\""
                + post + "\"]}");
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("opensor-webhook-tls-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
