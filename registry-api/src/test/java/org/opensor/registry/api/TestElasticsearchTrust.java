package org.opensor.registry.api;

import org.opensor.registry.testservices.TestServices;
import org.springframework.boot.autoconfigure.ssl.SslBundleRegistrar;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The SSL bundle through which a test context's Elasticsearch client trusts the test servers' authority. */
@TestConfiguration(proxyBeanMethods = false)
public class TestElasticsearchTrust {

    @Bean
    static SslBundleRegistrar elasticsearchTrust() {
        return TestServices.elasticsearchTrust();
    }
}
