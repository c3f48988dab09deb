package org.opensor.registry.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The TCP ports of the stack. Defaults keep clear of a system PostgreSQL (5432), Kafka (9092) or
 * Elasticsearch (9200); each can be changed with the environment variable named in {@link #ENV}.
 */
public record Ports(
        int postgres,
        int kafka,
        int kafkaController,
        int elasticsearch,
        int registryApi,
        int notificationWorker,
        int searchIndexer) {

    /** Environment variable per port, in the order of the record's components. */
    public static final Map<String, Integer> DEFAULTS = Map.of(
            "OPENSOR_POSTGRES_PORT", 15432,
            "OPENSOR_KAFKA_PORT", 19092,
            "OPENSOR_KAFKA_CONTROLLER_PORT", 19093,
            "OPENSOR_ELASTICSEARCH_PORT", 19200,
            "OPENSOR_API_PORT", 8080,
            "OPENSOR_WORKER_PORT", 8081,
            "OPENSOR_INDEXER_PORT", 8082,
            // only when asked for: infra/local/up keycloak
            "OPENSOR_KEYCLOAK_PORT", 18080);

    public static Ports fromEnvironment(Map<String, String> env) {
        return new Ports(
                port(env, "OPENSOR_POSTGRES_PORT"),
                port(env, "OPENSOR_KAFKA_PORT"),
                port(env, "OPENSOR_KAFKA_CONTROLLER_PORT"),
                port(env, "OPENSOR_ELASTICSEARCH_PORT"),
                port(env, "OPENSOR_API_PORT"),
                port(env, "OPENSOR_WORKER_PORT"),
                port(env, "OPENSOR_INDEXER_PORT"));
    }

    /** Keycloak's port, which is not part of every stack (see {@link LocalStack#withKeycloak()}). */
    public static int keycloakFromEnvironment(Map<String, String> env) {
        return port(env, "OPENSOR_KEYCLOAK_PORT");
    }

    /** Ports the kernel has just handed out as free: for test runs that must not clash with a running stack. */
    public static Ports ephemeral() {
        return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
    }

    private static int port(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return DEFAULTS.get(name);
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(name + "=" + value + " is not a TCP port (1-65535)");
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("No free TCP port on the loopback interface: " + e.getMessage());
        }
    }

    /** Whether something accepts TCP connections on the loopback port. */
    static boolean accepting(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message that names the port, the component and how to pick another port. */
    static void requireFree(String component, int port, String envVar) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new StackException("Port " + port + " for " + component + " is already taken by another program. "
                    + "Stop that program, or choose another port: " + envVar + "=<port> infra/local/up");
        }
    }
}
