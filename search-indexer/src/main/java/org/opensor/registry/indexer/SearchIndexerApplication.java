package org.opensor.registry.indexer;

import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Projects registrant events into the Elasticsearch index that identity search reads. With
 * {@code --rebuild-index} it instead rebuilds that index from the topic and exits (see {@link RebuildIndexCommand}).
 */
@SpringBootApplication
public class SearchIndexerApplication {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--rebuild-index")) {
            SpringApplication application = new SpringApplication(SearchIndexerApplication.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(
                    Map.of("registry.indexer.live", "false", "registry.indexer.rebuild-index", "true"));
            ConfigurableApplicationContext context = application.run(args);
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(SearchIndexerApplication.class, args);
    }
}
