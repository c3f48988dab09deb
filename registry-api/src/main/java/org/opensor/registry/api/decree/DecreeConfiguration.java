package org.opensor.registry.api.decree;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the decree feature that another feature may replace. */
@Configuration(proxyBeanMethods = false)
class DecreeConfiguration {

    /** Nobody is wanted elsewhere until the wanted-elsewhere records provide their own {@link OpenForeignRequests}. */
    @Bean
    @ConditionalOnMissingBean(OpenForeignRequests.class)
    OpenForeignRequests noOpenForeignRequests() {
        return OpenForeignRequests.NONE;
    }
}
