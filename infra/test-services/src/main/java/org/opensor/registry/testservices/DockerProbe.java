package org.opensor.registry.testservices;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether Testcontainers can be used: only asked when no running stack is named. */
final class DockerProbe {

    private DockerProbe() {}

    static boolean available() {
        if ("false".equalsIgnoreCase(System.getenv("OPENSOR_TEST_USE_DOCKER"))) {
            return false;
        }
        boolean hint = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!hint) {
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
