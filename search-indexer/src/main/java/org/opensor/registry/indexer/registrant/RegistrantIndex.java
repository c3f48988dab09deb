package org.opensor.registry.indexer.registrant;

import java.util.List;
import java.util.Optional;
import org.opensor.registry.index.RegistrantDocument;

/** The search index of registrants: readers use an alias that points at one concrete index. */
public interface RegistrantIndex {

    enum Outcome {
        INDEXED,
        ALREADY_CURRENT
    }

    /** Creates the index and its alias if they do not exist. */
    void ensureExists();

    /**
     * Stores the documents through the alias in one request, each unless the index already holds its version or a
     * newer one: replays, duplicates and late events then change nothing. Searchable at the next refresh.
     *
     * @return one outcome per document, in order
     */
    List<Outcome> store(List<RegistrantDocument> documents);

    /** The registrant's document as search sees it (once refreshed), keys included; empty if not indexed. */
    Optional<RegistrantDocument> find(String registrantId);

    /**
     * The version each registrant's document has in the index (through the alias), for those it holds; a registrant
     * it lacks is absent from the answer.
     */
    java.util.Map<String, Long> versions(java.util.Collection<String> registrantIds);

    /** The concrete index the alias points at, if there is one. */
    Optional<String> currentIndex();

    /**
     * Creates an empty concrete index with the current mapping, not yet under the alias and not refreshed while it
     * is filled (see {@link #makeSearchable}), and returns its name.
     */
    String createNextIndex();

    /**
     * Stores documents into one concrete index, each unless that index holds its version or a newer one (as
     * {@link #store}); they become searchable at the index's next refresh.
     *
     * @return how many were stored (the others were already current)
     */
    int storeAll(String concreteIndex, List<RegistrantDocument> documents);

    /** Makes everything stored in {@code concreteIndex} searchable now, and refreshes it as the live index from then on. */
    void makeSearchable(String concreteIndex);

    /**
     * Asks for {@code concreteIndex} to be merged into one segment, and returns at once: the merge runs in the
     * background, and searches and writes go on meanwhile.
     */
    void mergeInBackground(String concreteIndex);

    /** Points the alias at {@code newIndex} instead of {@code oldIndex} (null for none) in one atomic step. */
    void moveAlias(String oldIndex, String newIndex);

    void delete(String concreteIndex);

    /** How many documents an index or the alias holds. */
    long count(String indexOrAlias);
}
