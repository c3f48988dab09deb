package org.opensor.registry.api;

import org.opensor.registry.testservices.TestServices;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the context at the servers of {@link TestServices}: a running stack, Testcontainers or local servers. Identity
 * search reads its own alias ({@link #SEARCH_ALIAS}), so the tests never touch the index a running search-indexer keeps.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(TestElasticsearchTrust.class)
public class TestServers {

    public static final String SEARCH_ALIAS = "registrants-api-it";

    @Bean
    static DynamicPropertyRegistrar testServerProperties() {
        return registry -> {
            TestServices.register(registry);
            registry.add("registry.search.index-alias", () -> SEARCH_ALIAS);
            registry.add("registry.audit.key-file", TestAuditKey::file);
            registry.add("registry.audit.checkpoint-file", () -> TestAuditKey.checkpointFile("context"));
        };
    }
}
