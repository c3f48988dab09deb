/**
 * Identity matching for the registry: the value types that describe a person to look for or a record to
 * compare ({@link org.opensor.registry.matching.Identity}), and the two stages built on them:
 * {@link org.opensor.registry.matching.keys.IdentityKeys} computes the keys a search index stores for candidate
 * retrieval, {@link org.opensor.registry.matching.score.IdentityScorer} re-scores a candidate with reasons an
 * officer can check.
 *
 * <p>Plain Java on purpose: the search API, the indexer and border screening all use the same code, so it must
 * not depend on Spring or JPA (an ArchUnit test guards this).
 */
package org.opensor.registry.matching;
