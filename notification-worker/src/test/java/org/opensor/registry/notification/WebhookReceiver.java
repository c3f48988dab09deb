package org.opensor.registry.notification;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.opensor.registry.notification.delivery.WebhookVerifier;
import org.opensor.registry.stack.ServerCertificate;

/**
 * An agency's webhook endpoint on a loopback port over https, as an agency would write it: it verifies every request with
 * {@link WebhookVerifier} and answers 204, or 400 when the signature does not hold. Can go down and come back on
 * the same port.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(
            String webhookId,
            String timestamp,
            String signature,
            String body,
            boolean verified,
            long receivedAtNanos) {}

    private final int port;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile WebhookVerifier verifier;
    private volatile Duration delay = Duration.ZERO;
    private volatile CountDownLatch answerWhen = new CountDownLatch(0);
    private HttpServer server;
    private SSLContext tls;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    /**
     * A receiver on a free port, not yet listening, answering over https with a certificate of the tests' receivers'
     * authority ({@link TestReceivers}), which every worker of the tests trusts.
     */
    static WebhookReceiver onFreePort() throws IOException {
        return plaintextOnFreePort().overTls(TestReceivers.certificate(), TestReceivers.KEY_STORE_PASSWORD);
    }

    /** A receiver that takes plain http: only for proving that the worker sends nothing to one. */
    static WebhookReceiver plaintextOnFreePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new WebhookReceiver(probe.getLocalPort());
        }
    }

    String url() {
        return (tls == null ? "http" : "https") + "://127.0.0.1:" + port + "/webhooks/registry";
    }

    /** Answers over https with {@code certificate}'s key and chain (PKCS#12 under {@code password}). */
    WebhookReceiver overTls(ServerCertificate certificate, String password) throws IOException {
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, password.toCharArray());
            tls = SSLContext.getInstance("TLS");
            tls.init(factory.getKeyManagers(), null, null);
            return this;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot load the receiver's key store", e);
        }
    }

    WebhookReceiver verifyingWith(String secret) {
        return verifyingWith(new WebhookVerifier(secret));
    }

    WebhookReceiver verifyingWith(WebhookVerifier verifier) {
        this.verifier = verifier;
        return this;
    }

    /** Answers each request only after {@code delay}, as a busy agency server would, so deliveries stay in flight. */
    WebhookReceiver answeringAfter(Duration delay) {
        this.delay = delay;
        return this;
    }

    /**
     * Answers no request before {@code release} is counted down (having taken in and verified each one), so a test can
     * act while the worker's deliveries are known to be in flight.
     */
    WebhookReceiver answeringWhen(CountDownLatch release) {
        this.answerWhen = release;
        return this;
    }

    synchronized WebhookReceiver start() throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        if (tls == null) {
            server = HttpServer.create(address, 100);
        } else {
            HttpsServer https = HttpsServer.create(address, 100);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            server = https;
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/webhooks/registry", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                boolean ok;
                try {
                    verifier.verify(exchange.getRequestHeaders(), body);
                    ok = true;
                } catch (WebhookVerifier.InvalidWebhook e) {
                    ok = false;
                }
                received.add(new Received(
                        exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        body,
                        ok,
                        System.nanoTime()));
                pause();
                exchange.sendResponseHeaders(ok ? 204 : 400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
        return this;
    }

    private void pause() {
        try {
            answerWhen.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> verifiedContaining(String text) {
        return received.stream()
                .filter(r -> r.verified() && r.body().contains(text))
                .toList();
    }

    @Override
    public void close() {
        stop();
    }
}
