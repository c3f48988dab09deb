package org.opensor.registry.api;

import org.opensor.registry.testservices.TestServices;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.context.annotation.Bean;

/** Points the context at the servers of {@link TestServices}: a running stack, Testcontainers or local servers. */
@TestConfiguration(proxyBeanMethods = false)
public class TestServers {

    @Bean
    static DynamicPropertyRegistrar testServerProperties() {
        return TestServices::register;
    }
}
