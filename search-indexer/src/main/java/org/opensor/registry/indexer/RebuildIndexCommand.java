package org.opensor.registry.indexer;

import org.opensor.registry.indexer.registrant.RegistrantIndexRebuild;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar search-indexer.jar --rebuild-index}: rebuilds the index (see {@link RegistrantIndexRebuild})
 * and exits. {@link SearchIndexerApplication} starts such a run without the live consumer and without a web
 * server, so it can run beside the live indexer.
 */
@Component
@ConditionalOnProperty(name = "registry.indexer.rebuild-index", havingValue = "true")
class RebuildIndexCommand implements ApplicationRunner {

    private final RegistrantIndexRebuild rebuild;

    RebuildIndexCommand(RegistrantIndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void run(ApplicationArguments args) {
        rebuild.rebuild();
    }
}
