package org.opensor.registry.indexer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Projects registrant events into the Elasticsearch index that identity search reads. */
@SpringBootApplication
public class SearchIndexerApplication {

    public static void main(String[] args) {
        SpringApplication.run(SearchIndexerApplication.class, args);
    }
}
