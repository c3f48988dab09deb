package org.opensor.registry.api.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity search ({@code registry.search}).
 *
 * @param indexAlias  the Elasticsearch alias the search-indexer keeps up to date; default {@code registrants}
 * @param candidates  how many candidates stage 1 (key retrieval) hands to stage 2 (re-scoring); default 100, as in
 *                    the evaluation whose recall@10 is recorded in docs/benchmarks.md
 * @param maxPageSize the largest page a caller may ask for; default 50
 */
@ConfigurationProperties("registry.search")
public record SearchSettings(
        @DefaultValue("registrants") String indexAlias,
        @DefaultValue("100") int candidates,
        @DefaultValue("50") int maxPageSize) {}
