package org.opensor.registry.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opensor.registry.k8s.KustomizeBuild.Resource;

/** Every rendered manifest of every overlay validates strictly against its Kubernetes or CRD schema. */
class ManifestsValidateTest {

    static final List<String> OVERLAYS = List.of("infra/k8s/overlays/production");

    @TestFactory
    Stream<DynamicTest> everyRenderedManifestValidates() {
        if (Repository.schemas().isEmpty()) {
            // a test of its own, so the skip and its reason show in the report
            return Stream.of(DynamicTest.dynamicTest(
                    "schemas present", () -> Assumptions.assumeTrue(false, Repository.schemasMissingMessage())));
        }
        SchemaCatalog catalog = new SchemaCatalog(Repository.schemas().orElseThrow());
        return OVERLAYS.stream().flatMap(overlay -> {
            List<Resource> resources = KustomizeBuild.render(Repository.ROOT.resolve(overlay));
            assertThat(resources).hasSizeGreaterThan(20);
            return resources.stream()
                    .map(resource -> DynamicTest.dynamicTest(
                            overlay + ": " + resource,
                            () -> assertThat(catalog.violations(resource.manifest()))
                                    .as(resource.toString())
                                    .isEmpty()));
        });
    }
}
