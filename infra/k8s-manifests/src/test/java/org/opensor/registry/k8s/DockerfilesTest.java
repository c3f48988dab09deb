package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service images (not built here: no container engine) share one multi-stage, JDK 25 Temurin, non-root recipe. */
class DockerfilesTest {

    private static final List<String> SERVICES = List.of("registry-api", "notification-worker", "search-indexer");

    @Test
    void theSharedImageBuildsInStagesAndRunsAsAnUnprivilegedUser() throws IOException {
        List<String> lines = Files.readAllLines(Repository.ROOT.resolve("infra/docker/Dockerfile"));
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(froms)
                .as("stages")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(from -> assertThat(from).startsWith("FROM eclipse-temurin:25-"));
        assertThat(froms.getLast()).as("runs on the JRE").startsWith("FROM eclipse-temurin:25-jre");
        int lastFrom = lines.indexOf(froms.getLast());
        List<String> users = lines.subList(lastFrom, lines.size()).stream()
                .filter(l -> l.startsWith("USER "))
                .toList();
        assertThat(users)
                .as("final stage's user")
                .singleElement()
                .asString()
                .matches("USER [1-9][0-9]{3,}(:[1-9][0-9]{3,})?");
        assertThat(String.join("\n", lines))
                .as("builds the module it is given")
                .contains("ARG MODULE")
                .contains("-pl \"${MODULE}\" -am package");
        for (String service : SERVICES) {
            assertThat(String.join("\n", lines))
                    .as(service + " build line")
                    .contains("--build-arg MODULE=" + service + " ");
        }
    }

    @Test
    void noServiceKeepsACopyOfTheRecipe() {
        for (String service : SERVICES) {
            assertThat(Repository.ROOT.resolve(service).resolve("Dockerfile"))
                    .as(service)
                    .doesNotExist();
        }
    }
}
