package org.opensor.registry.chaos;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An agency's webhook endpoint on loopback: answers 204 to everything and remembers, per webhook-id, every distinct
 * body it was sent. A retry must carry the same body under the same id; two bodies under one id break an invariant.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Set<String>> bodiesById = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            if (id != null) {
                bodiesById
                        .computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet())
                        .add(sha256(body));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    int webhooksReceived() {
        return bodiesById.size();
    }

    /** Webhook ids that arrived with more than one body. */
    long idsWithTwoBodies() {
        return bodiesById.values().stream().filter(bodies -> bodies.size() > 1).count();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
