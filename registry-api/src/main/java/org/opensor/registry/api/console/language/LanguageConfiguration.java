package org.opensor.registry.api.console.language;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The console's language per person; the bundles themselves are {@code spring.messages.basename} (application.yml). */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

    /** Named so, Spring MVC and Thymeleaf use it for every request. */
    @Bean
    LocaleResolver localeResolver(AccountLanguages accounts) {
        return new ConsoleLocaleResolver(accounts);
    }
}
