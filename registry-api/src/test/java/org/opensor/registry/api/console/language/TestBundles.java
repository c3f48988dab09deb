package org.opensor.registry.api.console.language;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The console's message bundles as the application reads them, for tests that word something without a context. */
public final class TestBundles {

    private TestBundles() {}

    /** The bundles of these base names ({@code i18n/console}, …), UTF-8, never the machine's own locale. */
    public static ResourceBundleMessageSource of(String... basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
