package org.opensor.registry.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.opensor.registry.notification.delivery.WebhookVerifier;

/**
 * An agency's webhook endpoint on a loopback port, as an agency would write it: it verifies every request with
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
    private HttpServer server;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    /** A receiver on a free port, not yet listening. */
    static WebhookReceiver onFreePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new WebhookReceiver(probe.getLocalPort());
        }
    }

    String url() {
        return "http://127.0.0.1:" + port + "/webhooks/registry";
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

    synchronized WebhookReceiver start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 100);
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
