package org.opensor.registry.chaos;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.opensor.registry.stack.LocalCertificateAuthority;
import org.opensor.registry.stack.ServerCertificate;

/**
 * An agency's webhook endpoint on loopback, over https with a certificate of the cluster's own authority (which the
 * cluster's workers trust besides the JVM's; a webhook URL must be https): answers 204 to everything and remembers, per
 * webhook-id, every distinct body it was sent. A retry must carry the same body under the same id; two bodies under one
 * id break an invariant.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpsServer server;
    private final Map<String, Set<String>> bodiesById = new ConcurrentHashMap<>();

    WebhookReceiver(LocalCertificateAuthority authority) throws IOException {
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setHttpsConfigurator(new HttpsConfigurator(serving(authority)));
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
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** A server context with a certificate the authority issues for the receiver (127.0.0.1 and localhost). */
    private static SSLContext serving(LocalCertificateAuthority authority) throws IOException {
        String password = UUID.randomUUID().toString();
        ServerCertificate certificate = authority.server("chaos-webhook-receiver", password);
        // the key store of an earlier run is under that run's password, which lived only in its process: issue anew
        Files.deleteIfExists(certificate.keyStore());
        certificate = authority.server("chaos-webhook-receiver", password);
        try (InputStream in = Files.newInputStream(certificate.keyStore())) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password.toCharArray());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot load the receiver's key store", e);
        }
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
