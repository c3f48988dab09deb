package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service images (not built here: no container engine) are multi-stage, JDK 25 Temurin and run as non-root. */
class DockerfilesTest {

    @Test
    void eachServiceImageBuildsInStagesAndRunsAsAnUnprivilegedUser() throws IOException {
        for (String service : List.of("registry-api", "notification-worker", "search-indexer")) {
            List<String> lines = Files.readAllLines(Repository.ROOT.resolve(service).resolve("Dockerfile"));
            List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
            assertThat(froms).as(service + " stages").hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(from -> assertThat(from).startsWith("FROM eclipse-temurin:25-"));
            assertThat(froms.getLast()).as(service + " runs on the JRE").startsWith("FROM eclipse-temurin:25-jre");
            int lastFrom = lines.indexOf(froms.getLast());
            List<String> users = lines.subList(lastFrom, lines.size()).stream().filter(l -> l.startsWith("USER ")).toList();
            assertThat(users).as(service + " final stage's user").singleElement().asString().matches("USER [1-9][0-9]{3,}(:[1-9][0-9]{3,})?");
            assertThat(String.join("\n", lines)).as(service + " builds its own module").contains("-pl " + service + " -am package");
        }
    }
}
