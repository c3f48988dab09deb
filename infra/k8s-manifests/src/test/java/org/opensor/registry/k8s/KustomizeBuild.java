package org.opensor.registry.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a kustomization the way {@code kustomize build} does for the subset of Kustomize the manifests use
 * ({@code resources}, {@code namespace}, {@code images}, {@code replicas}); any other field fails the build rather
 * than being ignored, so the manifests cannot start to rely on a feature this renderer would silently skip.
 */
final class KustomizeBuild {

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "namespace", "images", "replicas");
    private static final Set<String> CLUSTER_SCOPED = Set.of(
            "Namespace",
            "ClusterRole",
            "ClusterRoleBinding",
            "CustomResourceDefinition",
            "PersistentVolume",
            "StorageClass");

    private KustomizeBuild() {}

    static List<Resource> render(Path folder) {
        Path file = folder.resolve("kustomization.yaml");
        JsonNode kustomization = Yaml.document(file);
        kustomization.propertyNames().forEach(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalStateException(
                        file + ": field '" + field + "' is not supported by this renderer " + SUPPORTED);
            }
        });
        List<Resource> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = folder.resolve(entry.asString()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else {
                for (JsonNode document : Yaml.documents(path)) {
                    resources.add(new Resource(Repository.ROOT.relativize(path).toString(), (ObjectNode) document));
                }
            }
        }
        String namespace = kustomization.path("namespace").asString(null);
        for (Resource resource : resources) {
            if (namespace != null && !CLUSTER_SCOPED.contains(resource.kind())) {
                ((ObjectNode) resource.manifest().path("metadata")).put("namespace", namespace);
            }
            for (JsonNode image : kustomization.path("images")) {
                retag(resource, image);
            }
            for (JsonNode replicas : kustomization.path("replicas")) {
                if (resource.name().equals(replicas.path("name").asString())
                        && resource.kind().equals("Deployment")) {
                    ((ObjectNode) resource.manifest().path("spec"))
                            .put("replicas", replicas.path("count").asInt());
                }
            }
        }
        return resources;
    }

    private static void retag(Resource resource, JsonNode image) {
        String name = image.path("name").asString();
        for (String list : List.of("containers", "initContainers")) {
            for (JsonNode container : resource.manifest()
                    .path("spec")
                    .path("template")
                    .path("spec")
                    .path(list)) {
                String current = container.path("image").asString("");
                String bare = current.contains("@")
                        ? current.substring(0, current.indexOf('@'))
                        : current.lastIndexOf(':') > current.lastIndexOf('/')
                                ? current.substring(0, current.lastIndexOf(':'))
                                : current;
                if (bare.equals(name)) {
                    String newName = image.path("newName").asString(name);
                    String tag = image.has("digest")
                            ? "@" + image.path("digest").asString()
                            : ":"
                                    + image.path("newTag")
                                            .asString(current.substring(bare.length())
                                                    .replaceFirst("^:", ""));
                    ((ObjectNode) container).put("image", newName + tag);
                }
            }
        }
    }

    /** One rendered manifest and the file it came from. */
    record Resource(String source, ObjectNode manifest) {

        String apiVersion() {
            return manifest.path("apiVersion").asString("");
        }

        String kind() {
            return manifest.path("kind").asString("");
        }

        String name() {
            return manifest.path("metadata").path("name").asString("");
        }

        @Override
        public String toString() {
            return kind() + "/" + name() + " (" + source + ")";
        }
    }
}
