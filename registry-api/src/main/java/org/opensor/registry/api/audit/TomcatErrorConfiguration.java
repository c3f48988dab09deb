package org.opensor.registry.api.audit;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat's own refusals as problem+json, audited ({@link RefusedRequestValve}). */
@Configuration(proxyBeanMethods = false)
class TomcatErrorConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> refusedRequestsAsProblems(
            ObjectProvider<AuditTrail> trail, ObjectProvider<Clock> clock) {
        return factory ->
                factory.addEngineValves(new RefusedRequestValve(trail, clock.getIfAvailable(Clock::systemUTC)));
    }
}
