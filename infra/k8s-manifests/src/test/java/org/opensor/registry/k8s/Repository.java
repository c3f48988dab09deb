package org.opensor.registry.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the tests find the project's files and the shared schemas, from the module's folder. */
final class Repository {

    /** The project root: this module is infra/k8s-manifests. */
    static final Path ROOT =
            Path.of(System.getProperty("user.dir")).resolve("../..").normalize();

    private Repository() {}

    /**
     * The folder of Kubernetes and operator schemas: {@code OPENSOR_K8S_SCHEMAS} when set, else ../shared/k8s-schemas
     * beside the checkout. Read in place, never copied into the project.
     */
    static Optional<Path> schemas() {
        String configured = System.getenv("OPENSOR_K8S_SCHEMAS");
        Path folder = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : ROOT.resolve("../shared/k8s-schemas").normalize();
        return Files.isDirectory(folder.resolve("kubernetes-1.34")) ? Optional.of(folder) : Optional.empty();
    }

    static String schemasMissingMessage() {
        return "Kubernetes/operator schemas not found (../shared/k8s-schemas beside the checkout, or OPENSOR_K8S_SCHEMAS):"
                + " the manifests are NOT validated";
    }
}
