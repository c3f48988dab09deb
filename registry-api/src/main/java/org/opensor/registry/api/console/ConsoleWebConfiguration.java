package org.opensor.registry.api.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The console's pages in Spring MVC: the purpose-of-access check on each page, and GOV.UK Frontend's images. */
@Configuration(proxyBeanMethods = false)
class ConsoleWebConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND_VERSION =
            new org.webjars.WebJarVersionLocator().version("govuk-frontend");

    private final ConsoleAccessInterceptor interceptor;

    ConsoleWebConfiguration(ConsoleAccessInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    /**
     * GOV.UK Frontend's stylesheet asks for its images under {@code /assets/images}. Its fonts ({@code /assets/fonts})
     * are left unserved on purpose: the GDS Transport typeface is licensed to GOV.UK services only (console.css
     * names the fonts this service uses).
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/govuk-frontend/" + GOVUK_FRONTEND_VERSION
                        + "/dist/govuk/assets/images/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/console", "/console/**");
    }
}
