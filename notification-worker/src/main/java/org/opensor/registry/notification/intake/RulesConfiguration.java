package org.opensor.registry.notification.intake;

import org.opensor.registry.notification.config.NotificationSettings;
import org.opensor.registry.notification.registrant.RegistrantFactsReader;
import org.opensor.registry.notification.rules.DeclaredTrips;
import org.opensor.registry.notification.rules.NotificationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java rule table and matchers, configured from {@link NotificationSettings}. */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    NotificationRules notificationRules(NotificationSettings settings) {
        return new NotificationRules(settings.homeCountry());
    }

    @Bean
    DeclaredTrips declaredTrips(NotificationSettings settings) {
        return new DeclaredTrips(settings.homeCountry(), settings.alerts().noticeMatchTolerance());
    }

    @Bean
    RegistrantFactsReader registrantFactsReader() {
        return new RegistrantFactsReader();
    }
}
