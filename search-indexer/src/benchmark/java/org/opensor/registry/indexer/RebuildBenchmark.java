package org.opensor.registry.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.envelope.CloudEventHeaders;
import org.opensor.registry.events.envelope.EventCodec;
import org.opensor.registry.events.registrant.RegistrantEventTypes;
import org.opensor.registry.events.registrant.RegistrantStateV1;
import org.opensor.registry.indexer.registrant.RegistrantIndex;
import org.opensor.registry.indexer.registrant.RegistrantIndexRebuild;
import org.opensor.registry.matching.Alias;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.eval.SyntheticIdentities;
import org.opensor.registry.testservices.ProcessCpu;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Issue 5's bulk indexing figure through the indexer's own bulk path: the rebuild fills a new index from the
 * registrants topic. Publishes the project's synthetic registrants as registrant events (names, aliases in other
 * scripts, dates of birth, documents), then times rebuilds one after another, the first on JVMs just started. The
 * live consumer is off, so only the rebuild indexes.
 * Runs only when asked:
 * <pre>
 * ./mvnw -pl search-indexer verify -Dit.test=RebuildBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtests.quiet=false [-Dbenchmark.registrants=100000] [-Dbenchmark.rebuilds=2]
 * </pre>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "registry.indexer.live=false")
@Import(IndexerTestServers.class)
class RebuildBenchmark {

    @Autowired
    RegistrantIndex index;
    @Autowired
    RegistrantIndexRebuild rebuild;

    @Test
    void rebuildFromTheTopic() throws Exception {
        int registrants = Integer.getInteger("benchmark.registrants", 100_000);
        index.ensureExists();
        long publishing = System.nanoTime();
        List<SyntheticIdentities.Registrant> registry = SyntheticIdentities.generate(registrants, 7).registry();
        try (KafkaProducer<String, byte[]> producer = IndexerTestServers.producer()) {
            for (SyntheticIdentities.Registrant registrant : registry) {
                producer.send(eventOf(stateOf(registrant.identity())));
            }
            producer.flush();
        }
        System.out.printf("[benchmark] published %d registrant events in %.1f s%n", registry.size(), (System.nanoTime() - publishing) / 1e9);

        // The first rebuild runs on JVMs just started, and much of its CPU goes to compiling the indexing code; a
        // rebuild is an operator's command on services that have been up, so the later ones are the steady state.
        int rebuilds = Integer.getInteger("benchmark.rebuilds", 2);
        for (int run = 1; run <= rebuilds; run++) {
            ProcessCpu cpu = ProcessCpu.start();
            long started = System.nanoTime();
            RegistrantIndexRebuild.Report report = rebuild.rebuild();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("[benchmark] rebuild %d of %d%s: %d events read, %d documents in %s, %.1f s: %.0f documents/s%n",
                    run, rebuilds, run == 1 ? " (just started)" : "", report.eventsRead(), report.documents(), report.newIndex(),
                    seconds, report.documents() / seconds);
            System.out.printf("[benchmark] rebuild %d, per 1,000 documents: %s%n", run, cpu.perUnit((int) (report.documents() / 1000)));
            assertThat(report.documents()).isGreaterThanOrEqualTo(registry.size());
        }
    }

    private static RegistrantStateV1 stateOf(Identity identity) {
        List<RegistrantStateV1.Alias> aliases = identity.aliases().stream().map(RebuildBenchmark::aliasOf).toList();
        String family = identity.name().family() != null ? identity.name().family() : identity.name().full();
        return new RegistrantStateV1(UUID.randomUUID(), 1, family, identity.name().family() != null ? identity.name().given() : null,
                null, aliases, identity.dateOfBirth() == null ? null : identity.dateOfBirth().toString(), null,
                identity.sex().name(), null, List.copyOf(identity.nationalities()),
                identity.documentNumbers().stream().map(number -> new RegistrantStateV1.Document("PASSPORT", number, null, null)).toList(),
                List.of(), List.of(), null, List.of(), List.of(), List.of(), "NOT_IN_CUSTODY", List.of(), null, Instant.now());
    }

    private static RegistrantStateV1.Alias aliasOf(Alias alias) {
        return new RegistrantStateV1.Alias(alias.name().family(), alias.name().given(), alias.name().full(),
                alias.dateOfBirth() == null ? null : alias.dateOfBirth().toString());
    }

    private static ProducerRecord<String, byte[]> eventOf(RegistrantStateV1 state) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REGISTRANTS, state.registrantId().toString(), EventCodec.write(state));
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, RegistrantEventTypes.REGISTERED_V1.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/benchmark".getBytes(StandardCharsets.UTF_8));
        return record;
    }

}
