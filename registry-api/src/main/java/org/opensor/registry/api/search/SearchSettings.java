package org.opensor.registry.api.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity search ({@code registry.search}).
 *
 * @param indexAlias            the Elasticsearch alias the search-indexer keeps up to date; default {@code registrants}
 * @param candidates            how many candidates stage 1 (key retrieval) hands to stage 2 (re-scoring); default 100,
 *                              as in the evaluation whose recall@10 is recorded in docs/benchmarks.md
 * @param maxPageSize           the largest page a caller may ask for; default 50
 * @param rememberedRegistrants registrants kept in memory as read from the index, each at the version it had, from
 *                              their second read (most candidates in a large registry are read once), the
 *                              recently used ones first (about 0.4 KB each with the identity built from it, 40 MB at
 *                              the default); default 100,000. A candidate remembered at the version the index
 *                              reports is not parsed again from its payload, nor its identity built again. 0
 *                              parses every candidate's payload with every search
 */
@ConfigurationProperties("registry.search")
public record SearchSettings(@DefaultValue("registrants") String indexAlias, @DefaultValue("100") int candidates,
                             @DefaultValue("50") int maxPageSize, @DefaultValue("100000") int rememberedRegistrants) {
}
