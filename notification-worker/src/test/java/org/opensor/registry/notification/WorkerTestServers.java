package org.opensor.registry.notification;

import org.opensor.registry.testservices.TestServices;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Real PostgreSQL and Kafka from infra/test-services, plus the per-run admin password and secret key. */
@TestConfiguration(proxyBeanMethods = false)
class WorkerTestServers {

    @Bean
    static DynamicPropertyRegistrar testServerProperties() {
        return registry -> {
            TestServices.register(registry);
            registry.add("registry.notification.admin.password", () -> WorkerITSupport.ADMIN_PASSWORD);
            registry.add("registry.notification.secrets.encryption-key", () -> WorkerITSupport.SECRET_KEY);
        };
    }
}
