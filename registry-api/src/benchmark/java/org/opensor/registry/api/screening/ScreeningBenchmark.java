package org.opensor.registry.api.screening;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.nodes.stats.NodeStatsMetric;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opensor.registry.api.IntegrationTest;
import org.opensor.registry.api.TestAccounts;
import org.opensor.registry.api.search.SearchIndexFixture;
import org.opensor.registry.index.IndexedRegistrant;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.PersonName;
import org.opensor.registry.matching.keys.IdentityKeys;
import org.opensor.registry.matching.document.mrz.Td3Builder;
import org.opensor.registry.matching.document.paxlst.PaxlstBuilder;
import org.opensor.registry.matching.eval.SyntheticIdentities;
import org.opensor.registry.testservices.ProcessCpu;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.opensor.registry.api.search.BaselineOrOursSearch;

/**
 * The figures of issue 7: one traveller screened through the API (typed fields in, hits out) with a large registry
 * indexed, and 400-passenger manifests screened end to end. Runs only when asked:
 * <pre>
 * ./mvnw -f registry-api/pom.xml verify -Dit.test=ScreeningBenchmark -Dtests.quiet=false -Dtest=none \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.registrants=100000] [-Dbenchmark.requests=2000]
 *     [-Dbenchmark.clients=8] [-Dbenchmark.manifests=5] [-Dbenchmark.warmup=200]
 *     [-Dbenchmark.phases=officer,clients,searches,manifests,baseline] [-Dbenchmark.rounds=1] [-Dbenchmark.search-rate=0]
 *     [-Dbenchmark.baseline-rounds=2]
 * </pre>
 * The {@code baseline} phase (issue 22) sets our identity searches beside what a team without our matcher would write:
 * a plain fuzzy Elasticsearch {@code match} on the indexed name fields with an exact birth date boosted
 * ({@link BaselineOrOursSearch}), the same travellers, through the same endpoint and then straight from this JVM; then,
 * on other new travellers (the scorer's memos must not hold them), our search in process (no HTTP, no audit) and our
 * candidate query alone; and the throughput ratios ours / plain, through the API and in process.
 * The registry is the project's synthetic generator (Khmer, Thai, Chinese, Vietnamese, English names with
 * variants), indexed in the search-indexer's document shape; travellers are the generator's labelled queries.
 */
@IntegrationTest
// The load stands for many officers at once; one account's allowance of searches per minute would stop it.
@TestPropertySource(properties = "registry.security.searches-per-minute=1000000")
@org.springframework.context.annotation.Import(ScreeningBenchmark.BaselineBehindTheApi.class)
class ScreeningBenchmark {

    /** The baseline's plain query behind our endpoint, so that both searches are measured on the same path. */
    @TestConfiguration
    static class BaselineBehindTheApi {
        @Bean
        @Primary
        BaselineOrOursSearch baselineOrOursSearch(org.opensor.registry.api.search.CandidateIndex index,
                                                  org.opensor.registry.api.search.CandidateVisibility visibility,
                                                  org.opensor.registry.api.search.SearchSettings settings,
                                                  ElasticsearchClient elasticsearch) {
            return new BaselineOrOursSearch(index, visibility, settings, elasticsearch);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern HIT_COUNT = Pattern.compile("\"hitCount\":(\\d+)");
    private static final Pattern REGISTRANT_ID = Pattern.compile("\"registrantId\":\"([^\"]+)\"");
    private final AtomicInteger incompleteSearches = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    org.opensor.registry.api.search.CandidateIndex candidateIndex;
    @Autowired
    BaselineOrOursSearch baselineOrOurs;
    /** The sought registrants of the queries, to tell a miss from a namesake the query cannot tell apart. */
    private final Map<String, Identity> soughtRegistrants = new java.util.HashMap<>();
    private final org.opensor.registry.matching.score.IdentityScorer scorer =
            org.opensor.registry.matching.score.IdentityScorer.withDefaults();

    @Test
    void screensTravellersAndManifestsAgainstALargeRegistry() throws Exception {
        int registrants = Integer.getInteger("benchmark.registrants", 100_000);
        int requests = Integer.getInteger("benchmark.requests", 2000);
        int clients = Integer.getInteger("benchmark.clients", 8);
        int manifests = Integer.getInteger("benchmark.manifests", 5);
        // Which phases run: officer, clients, searches (identity searches), manifests (all by default), baseline (issue 22).
        List<String> phases = List.of(System.getProperty("benchmark.phases", "officer,clients,searches,manifests").split(","));
        TestAccounts.ensure(jdbc, encoder);
        SearchIndexFixture.freshIndexUnderTheTestAlias(elasticsearch);
        List<SyntheticIdentities.LabelledQuery> queries = indexRegistry(registrants);

        // Every phase screens people not seen before in the run (a moving cursor over the generator's queries):
        // repeating the same travellers would find their names' readings and word pairs in the scorer's memos, which
        // real traffic does not. Shuffled once: in the generator's order the people not in the registry come last, so
        // the phases of a long run searched registrants first and then only strangers, which cost less (no registrant
        // shares their dates of birth). Shuffled, every phase and round gets the same mix, about a third strangers.
        List<SyntheticIdentities.LabelledQuery> named = new ArrayList<>(
                queries.stream().filter(q -> q.query().name().family() != null).toList());
        Collections.shuffle(named, new java.util.Random(13));
        Fresh fresh = new Fresh(named);
        // Warm-up, not counted, by as many callers as the measured phases: 200 screenings leave the JIT still
        // compiling (a service just started); the JIT compiles per-request code fully only after several thousand
        // requests, which is the steady state of a service that has been running.
        int warmUp = Integer.getInteger("benchmark.warmup", 200);
        timedCalls(this::screen, fresh.travellers(warmUp), clients, warmUp, 0);
        if (phases.contains("officer")) {
            // A passport read runs the MRZ reader and its findings, which typed screenings never reach: warmed alike.
            List<String> passports = passportsOf(fresh, warmUp / 2);
            timedCalls(this::screenMrz, passports, clients, passports.size(), 0);
        }
        if (phases.contains("searches") || phases.contains("baseline")) {
            // Identity searches run code screening does not (their own endpoint, 100 candidates, every band, reasons
            // for a page): warmed alike, or the JIT compiles it while the searches are timed.
            timedCalls(this::search, fresh.travellers(warmUp), clients, warmUp, 0);
        }
        // Rounds one after another on the same services: a later round shows whether the JIT has settled, and the
        // spread between rounds is the machine's noise.
        int rounds = Integer.getInteger("benchmark.rounds", 1);
        // Identity searches offered at a steady rate (per second, over all clients) after the ones as fast as the
        // clients can: the latency an officer sees while the registry serves that load, not at its saturation.
        int searchRate = Integer.getInteger("benchmark.search-rate", 0);
        for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) {
                System.out.printf("[benchmark] round %d of %d%n", round, rounds);
            }
            // One officer at a desk (nothing queues), then the configured number of clients at once.
            if (phases.contains("officer")) {
                // Issue 7's figure: a passport read at the desk (MRZ in, hits out), one officer, nothing queueing.
                int officer = Math.min(requests, 500);
                List<String> passports = passportsOf(fresh, officer);
                callConcurrently("one traveller by MRZ", this::screenMrz, passports, 1, officer, 0);
            }
            if (phases.contains("clients")) {
                screenConcurrently(fresh.travellers(requests), clients, requests);
            }
            if (phases.contains("searches")) {
                // Issue 5's figure: identity searches as police officers make them (100 candidates re-scored, every band kept).
                incompleteSearches.set(0);
                callConcurrently("identity search", this::search, fresh.travellers(requests), clients, requests, 0);
                System.out.printf("[benchmark] identity searches answered mayBeIncomplete: %d of %d%n", incompleteSearches.get(), requests);
                if (searchRate > 0) {
                    callConcurrently("identity search at %d/s".formatted(searchRate), this::search, fresh.travellers(requests),
                            clients, requests, searchRate);
                }
            }
        }
        if (phases.contains("baseline")) {
            compareWithPlainFuzzyMatch(fresh, clients, requests, warmUp);
        }
        if (!phases.contains("manifests")) {
            return;
        }

        List<List<Identity>> labelled = new ArrayList<>();
        for (int m = 0; m < manifests; m++) {
            labelled.add(fresh.travellers(400));
        }
        screenManifests("every traveller one of the generator's labelled queries", labelled, 1);
        List<List<Identity>> flights = airlineManifests(fresh.rest(), 2 * manifests);
        screenManifests("airline-like: 397 people not in the registry, 3 registrants", flights.subList(0, manifests), 1);
        screenManifests("airline-like, other flights", flights.subList(manifests, 2 * manifests), 2);
    }

    /**
     * Generates and indexes the registry. @return the labelled queries the phases can use: the first 100,000 and the
     * last 20,000 (people not in the registry). This JVM is also registry-api: the whole generated set left on its
     * heap (about 900 MB at a million) would have the collector marking and copying data no deployed registry-api holds.
     */
    private List<SyntheticIdentities.LabelledQuery> indexRegistry(int registrants) throws Exception {
        SyntheticIdentities.Dataset dataset = SyntheticIdentities.generate(registrants, 7);
        long indexing = System.nanoTime();
        index(dataset.registry());
        if (System.getProperty("benchmark.phases", "").contains("baseline") && registrants <= 200_000) {
            dataset.registry().forEach(r -> soughtRegistrants.put(r.id(), r.identity()));
        }
        System.out.printf("[benchmark] indexed %d registrants in %.1f s%n", registrants, (System.nanoTime() - indexing) / 1e9);
        List<SyntheticIdentities.LabelledQuery> all = dataset.queries();
        if (all.size() <= 120_000) {
            return all;
        }
        List<SyntheticIdentities.LabelledQuery> kept = new ArrayList<>(all.subList(0, 100_000));
        kept.addAll(all.subList(all.size() - 20_000, all.size()));
        return List.copyOf(kept);
    }

    /** The generator's labelled queries, handed out once each, in order (from the start again if a run needs more). */
    private static final class Fresh {
        private final List<SyntheticIdentities.LabelledQuery> queries;
        private int next;

        Fresh(List<SyntheticIdentities.LabelledQuery> queries) {
            this.queries = queries;
        }

        List<Identity> travellers(int count) {
            List<Identity> taken = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (next == queries.size()) {
                    System.out.println("[benchmark] (the generator's queries are used up: starting again from the first)");
                    next = 0;
                }
                taken.add(queries.get(next++).query());
            }
            return taken;
        }

        List<SyntheticIdentities.LabelledQuery> labelled(int count) {
            List<SyntheticIdentities.LabelledQuery> taken = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                if (next == queries.size()) {
                    System.out.println("[benchmark] (the generator's queries are used up: starting again from the first)");
                    next = 0;
                }
                taken.add(queries.get(next++));
            }
            return taken;
        }

        List<SyntheticIdentities.LabelledQuery> rest() {
            return queries.subList(next, queries.size());
        }
    }

    /**
     * Flights as airlines send them: everyone with a full date of birth and a passport number, few registrants.
     * The people not in the registry are the generator's strangers, half of whom carry a registrant's name.
     */
    private static List<List<Identity>> airlineManifests(List<SyntheticIdentities.LabelledQuery> queries, int manifests) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        List<Identity> strangers = queries.stream().filter(q -> q.expectedId() == null).map(SyntheticIdentities.LabelledQuery::query)
                .map(q -> q.withDocumentNumbers("N%08d".formatted(random.nextInt(100_000_000)))).toList();
        List<Identity> registrants = queries.stream().filter(q -> q.variants().contains("dob-exact"))
                .map(SyntheticIdentities.LabelledQuery::query).filter(q -> q.name().family() != null).toList();
        List<List<Identity>> flights = new ArrayList<>();
        for (int m = 0; m < manifests; m++) {
            List<Identity> passengers = new ArrayList<>();
            for (int i = 0; i < 397; i++) {
                passengers.add(strangers.get((m * 397 + i) % strangers.size()));
            }
            for (int i = 0; i < 3; i++) {
                passengers.add(1 + i * 130, registrants.get((m * 3 + i) % registrants.size()));
            }
            flights.add(passengers);
        }
        return flights;
    }

    /**
     * Screens the manifests through the API, {@code atOnce} at a time (1: one after another, for latency; more: airlines
     * sending together, for sustained throughput); prints latency percentiles, throughput and CPU per traveller.
     */
    private void screenManifests(String kind, List<List<Identity>> manifests, int atOnce) throws Exception {
        if (manifests.isEmpty()) {
            return;
        }
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        AtomicInteger screened = new AtomicInteger();
        AtomicInteger hits = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ProcessCpu manifestCpu = ProcessCpu.start();
        double[] searchBefore = searchStats();
        long started = System.nanoTime();
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int s = 0; s < atOnce; s++) {
                senders.submit(() -> {
                    for (int m = next.getAndIncrement(); m < manifests.size(); m = next.getAndIncrement()) {
                        List<Identity> passengers = manifests.get(m);
                        String edifact = manifest("BENCH" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), passengers);
                        long t0 = System.nanoTime();
                        HttpResponse<String> reply = post("/api/v1/manifests", "text/plain", edifact);
                        times.add(System.nanoTime() - t0);
                        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
                        screened.addAndGet(passengers.size());
                        Matcher hitCount = HIT_COUNT.matcher(reply.body());
                        hits.addAndGet(hitCount.find() ? Integer.parseInt(hitCount.group(1)) : 0);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> manifestTimes = new ArrayList<>(times);
        Collections.sort(manifestTimes);
        System.out.printf("[benchmark] %d manifests of %d travellers, %d at a time (%s): p50 %.0f ms, p95 %.0f ms, max %.0f ms; %.0f travellers/s%n",
                manifests.size(), manifests.getFirst().size(), atOnce, kind, ms(manifestTimes, 50), ms(manifestTimes, 95),
                manifestTimes.getLast() / 1e6, screened.get() / seconds);
        System.out.printf("[benchmark]   per traveller: %s; %s; %.2f hits%n", manifestCpu.perUnit(screened.get()),
                elasticsearchShare(searchBefore, searchStats()), (double) hits.get() / Math.max(1, screened.get()));
    }

    /**
     * The traveller's passport MRZ (TD3), for those whose names are plain Latin letters and whose full date of birth
     * is known, as on a passport; their document number, or a made-up one when they have none; null for the others.
     */
    private static String passportOf(Identity traveller) {
        PersonName name = traveller.name();
        var born = traveller.dateOfBirth();
        if (name.family() == null || born == null || !born.hasDay() || born.plusMinusYears() > 0) {
            return null;
        }
        String surname = name.family().toUpperCase(java.util.Locale.ROOT);
        String given = name.given() == null ? "" : name.given().toUpperCase(java.util.Locale.ROOT);
        String number = traveller.documentNumbers().stream().findFirst().orElse("N%08d".formatted(Math.floorMod((surname + given).hashCode(), 100_000_000)))
                .toUpperCase(java.util.Locale.ROOT);
        if (!surname.matches("[A-Z ]+") || !given.matches("[A-Z ]*") || !number.matches("[A-Z0-9]{1,9}")) {
            return null;
        }
        char sex = switch (traveller.sex()) {
            case MALE -> 'M';
            case FEMALE -> 'F';
            default -> '<';
        };
        return Td3Builder.of(surname.replace(' ', '<'), given, number, "KHM",
                "%02d%02d%02d".formatted(born.year() % 100, born.month(), born.day()), sex, "310228");
    }

    /** {@code count} passport MRZs of travellers not seen before. */
    private static List<String> passportsOf(Fresh fresh, int count) {
        List<String> passports = new ArrayList<>();
        while (passports.size() < count) {
            fresh.travellers(count).stream().map(ScreeningBenchmark::passportOf).filter(java.util.Objects::nonNull)
                    .limit(count - passports.size()).forEach(passports::add);
        }
        return passports;
    }

    private void screenMrz(String mrz) {
        HttpResponse<String> reply = post("/api/v1/screenings", "application/json",
                "{\"mrz\":\"%s\",\"borderPost\":\"PNH\"}".formatted(mrz.replace("\n", "\\n")));
        if (reply.statusCode() != 200) {
            throw new AssertionError(reply.statusCode() + " " + reply.body());
        }
    }

    private void screen(Identity traveller) {
        PersonName name = traveller.name();
        String body = "{\"surname\":%s,\"givenNames\":%s,\"dateOfBirth\":%s,\"documentNumber\":%s,\"borderPost\":\"PNH\"}".formatted(
                json(name.family()), json(name.given()),
                json(traveller.dateOfBirth() == null || traveller.dateOfBirth().plusMinusYears() > 0 ? null : traveller.dateOfBirth().toString()),
                json(traveller.documentNumbers().stream().findFirst().orElse(null)));
        HttpResponse<String> reply = post("/api/v1/screenings", "application/json", body);
        if (reply.statusCode() != 200) {
            throw new AssertionError(reply.statusCode() + " " + reply.body());
        }
    }

    /** An officer's identity search for the traveller's details, through the API, with a purpose as the API demands. */
    private void search(Identity person) {
        searchForHitIds(person);
    }

    /** {@link #search}, @return the registrant ids of the answer's first page (10 hits, the API's default), best first. */
    private List<String> searchForHitIds(Identity person) {
        PersonName name = person.name();
        var born = person.dateOfBirth();
        String body = "{\"familyName\":%s,\"givenNames\":%s,\"fullName\":%s,\"dateOfBirth\":%s,\"dateOfBirthPlusMinusYears\":%s,\"documentNumber\":%s}".formatted(
                json(name.family()), json(name.family() == null ? null : name.given()), json(name.family() == null ? name.full() : null),
                json(born == null ? null : born.plusMinusYears() > 0 ? String.valueOf(born.year()) : born.toString()),
                born == null || born.plusMinusYears() == 0 ? "null" : String.valueOf(born.plusMinusYears()),
                json(person.documentNumbers().stream().findFirst().orElse(null)));
        HttpResponse<String> reply = post("/api/v1/identity-searches", "application/json", body, "police", "BENCHMARK-2026 load test");
        if (reply.statusCode() != 200) {
            throw new AssertionError(reply.statusCode() + " " + reply.body());
        }
        if (reply.body().contains("\"mayBeIncomplete\":true")) {
            incompleteSearches.incrementAndGet();
        }
        List<String> ids = new ArrayList<>();
        Matcher id = REGISTRANT_ID.matcher(reply.body());
        while (id.find()) {
            ids.add(id.group(1));
        }
        return ids;
    }

    /**
     * Issue 22's comparison: rounds of our identity searches and of a plain fuzzy match, the same travellers for both in
     * a round (new ones each round, so our scorer's memos never hold them), by the same callers; one table at the end.
     */
    private void compareWithPlainFuzzyMatch(Fresh fresh, int clients, int requests, int warmUp) throws Exception {
        // The plain query is warmed as ours was, or Elasticsearch's fuzzy automata compile while it is timed.
        timedCalls(this::plainFuzzyMatch, fresh.travellers(warmUp), clients, warmUp, 0);
        int rounds = Integer.getInteger("benchmark.baseline-rounds", 2);
        List<String> rows = new ArrayList<>();
        Recall oursAll = new Recall();
        Recall plainAll = new Recall();
        List<Long> oursTimes = new ArrayList<>();
        List<Long> plainTimes = new ArrayList<>();
        double[] seconds = new double[4];
        Recall plainApiAll = new Recall();
        List<Long> plainApiTimes = new ArrayList<>();
        Recall inProcessAll = new Recall();
        List<Long> inProcessTimes = new ArrayList<>();
        int oursIncomplete = 0;
        for (int round = 1; round <= rounds; round++) {
            List<SyntheticIdentities.LabelledQuery> travellers = fresh.labelled(requests);
            Recall ours = new Recall();
            incompleteSearches.set(0);
            Measured oursRun = callConcurrently("identity search (ours), round " + round,
                    q -> ours.add(q, searchForHitIds(q.query())), travellers, clients, requests, 0);
            int incomplete = incompleteSearches.get();
            Recall plainApi = new Recall();
            Measured plainApiRun;
            BaselineOrOursSearch.plain = true;
            try {
                plainApiRun = callConcurrently("plain fuzzy match (baseline) through the API, round " + round,
                        q -> plainApi.add(q, searchForHitIds(q.query())), travellers, clients, requests, 0);
            } finally {
                BaselineOrOursSearch.plain = false;
            }
            Recall plain = new Recall();
            Measured plainRun = callConcurrently("plain fuzzy match (baseline) in process, round " + round,
                    q -> plain.add(q, plainFuzzyMatch(q.query())), travellers, clients, requests, 0);
            // Where our time goes, with the plain query's footing (from this JVM, no HTTP, no audit): our search, then the
            // candidate query alone. Other travellers than the API phases': the scorer remembers the names it has read,
            // so the same travellers again would be answered from its memos, which new travellers never are.
            List<SyntheticIdentities.LabelledQuery> others = fresh.labelled(requests);
            Recall inProcess = new Recall();
            Measured inProcessRun = callConcurrently("ours in process (candidates, re-scored), round " + round,
                    q -> inProcess.add(q, rescoredIds(q.query()), this::indistinguishable), others, clients, requests, 0);
            Recall candidatesOnly = new Recall();
            Measured candidatesRun = callConcurrently("our candidate query alone, round " + round,
                    q -> candidatesOnly.add(q, candidateIds(q.query())), others, clients, requests, 0);
            rows.add(row("ours, round " + round, oursRun, ours, "%.1f %%".formatted(100.0 * incomplete / requests)));
            rows.add(row("baseline API, round " + round, plainApiRun, plainApi, "n/a"));
            rows.add(row("baseline, round " + round, plainRun, plain, "n/a"));
            rows.add(row("candidates, round " + round, candidatesRun, candidatesOnly, "n/a"));
            rows.add(row("in process, round " + round, inProcessRun, inProcess, "n/a"));
            inProcessAll.addAll(inProcess);
            inProcessTimes.addAll(inProcessRun.latencies());
            seconds[2] += inProcessRun.seconds();
            oursAll.addAll(ours);
            plainAll.addAll(plain);
            plainApiAll.addAll(plainApi);
            oursTimes.addAll(oursRun.latencies());
            plainTimes.addAll(plainRun.latencies());
            plainApiTimes.addAll(plainApiRun.latencies());
            seconds[0] += oursRun.seconds();
            seconds[1] += plainRun.seconds();
            seconds[3] += plainApiRun.seconds();
            oursIncomplete += incomplete;
        }
        Collections.sort(oursTimes);
        Collections.sort(plainTimes);
        rows.add(row("ours, all rounds", new Measured(oursTimes, seconds[0]), oursAll,
                "%.1f %%".formatted(100.0 * oursIncomplete / (rounds * requests))));
        Collections.sort(plainApiTimes);
        rows.add(row("baseline API, all", new Measured(plainApiTimes, seconds[3]), plainApiAll, "n/a"));
        rows.add(row("baseline, all rounds", new Measured(plainTimes, seconds[1]), plainAll, "n/a"));
        Collections.sort(inProcessTimes);
        rows.add(row("in process, all rounds", new Measured(inProcessTimes, seconds[2]), inProcessAll, "n/a"));
        System.out.printf("[benchmark] throughput ours / baseline: %.2f through the API (both), %.2f in process (both); ours through the API / baseline in process %.2f; recall@10 %.3f / %.3f%n",
                (oursTimes.size() / seconds[0]) / (plainApiTimes.size() / seconds[3]),
                (inProcessTimes.size() / seconds[2]) / (plainTimes.size() / seconds[1]),
                (oursTimes.size() / seconds[0]) / (plainTimes.size() / seconds[1]), oursAll.at10(), plainAll.at10());
        System.out.printf("[benchmark] ours in process: recall@10 %.3f; counting as found a sought person whose evidence equals the tenth hit's (a namesake the query cannot tell apart) %.3f; %d of %d sought people had such namesakes in the way%n",
                inProcessAll.at10(), inProcessAll.at10CountingTies(), inProcessAll.tied, inProcessAll.sought);
        System.out.printf("[benchmark] ours vs a plain fuzzy match, %d clients, %d requests a round (%d sought registrants, %d strangers)%n",
                clients, requests, oursAll.sought / rounds, (rounds * requests - oursAll.sought) / rounds);
        System.out.printf("[benchmark] | %-20s | %10s | %8s | %8s | %8s | %8s | %9s | %15s |%n", "phase", "requests/s", "p50 ms",
                "p95 ms", "p99 ms", "recall@1", "recall@10", "mayBeIncomplete");
        rows.forEach(r -> System.out.println("[benchmark] " + r));
    }

    private static String row(String phase, Measured run, Recall recall, String incomplete) {
        List<Long> sorted = run.latencies();
        return "| %-20s | %10.0f | %8.1f | %8.1f | %8.1f | %8.3f | %9.3f | %15s |".formatted(phase, sorted.size() / run.seconds(),
                ms(sorted, 50), ms(sorted, 95), ms(sorted, 99), recall.at1(), recall.at10(), incomplete);
    }

    /**
     * What a team without our matcher would write ({@link BaselineOrOursSearch#plainFuzzyMatch}), from this JVM: no
     * HTTP, no audit. The index keeps aliases unsearchable (object, not indexed), so no plain query can reach them.
     * @return the registrant ids of the 10 best, best first
     */
    private List<String> plainFuzzyMatch(Identity person) {
        return baselineOrOurs.plainFuzzyMatch(person, 10).stream().map(co.elastic.clients.elasticsearch.core.search.Hit::id).toList();
    }

    /** The registrant ids of our candidates for the traveller, in the index's order (the 10 first count for recall). */
    private List<String> candidateIds(Identity person) {
        return candidateIndex.candidates(IdentityKeys.ofQuery(person), 100).registrants().stream()
                .map(IndexedRegistrant::registrantId).toList();
    }

    /**
     * Whether the sought registrant, missed from the first ten, holds evidence exactly as strong as the tenth hit's: a
     * namesake the query cannot tell apart (same name, no or a partial date), whom no ranking can put first.
     */
    private boolean indistinguishable(SyntheticIdentities.LabelledQuery query, List<String> firstTen) {
        Identity sought = soughtRegistrants.get(query.expectedId());
        if (sought == null || firstTen.size() < 10) {
            return false;
        }
        var ranked = candidateIndex.candidates(IdentityKeys.ofQuery(query.query()), 100).registrants();
        var tenth = ranked.stream().filter(r -> r.registrantId().equals(firstTen.get(9))).findFirst();
        return tenth.isPresent() && org.opensor.registry.matching.score.MatchResult.BEST_FIRST.compare(
                scorer.score(query.query(), sought), scorer.score(query.query(), tenth.get().toIdentity())) == 0;
    }

    /** Our search without the API around it: the candidates, each re-scored, ranked by the evidence; the 10 best. */
    private List<String> rescoredIds(Identity person) {
        var candidates = candidateIndex.candidates(IdentityKeys.ofQuery(person), 100).registrants();
        List<Map.Entry<String, org.opensor.registry.matching.score.MatchResult>> scored = new ArrayList<>(candidates.size());
        for (var candidate : candidates) {
            scored.add(Map.entry(candidate.registrantId(), scorer.score(person, candidate.toIdentity())));
        }
        scored.sort(Map.Entry.<String, org.opensor.registry.matching.score.MatchResult>comparingByValue(
                org.opensor.registry.matching.score.MatchResult.BEST_FIRST).thenComparing(Map.Entry.comparingByKey()));
        return scored.stream().limit(10).map(Map.Entry::getKey).toList();
    }

    /** Latencies (ns, sorted) and the wall time of one measured phase. */
    private record Measured(List<Long> latencies, double seconds) {
    }

    /** How often the sought registrant came first, and among the first 10; strangers (no one sought) do not count. */
    private static final class Recall {
        private int sought;
        private int first;
        private int inTen;

        private int tied;

        synchronized void add(SyntheticIdentities.LabelledQuery query, List<String> hitIds) {
            add(query, hitIds, (q, ids) -> false);
        }

        /** @param tie whether a sought person missed from the first ten is a namesake the query cannot tell apart */
        synchronized void add(SyntheticIdentities.LabelledQuery query, List<String> hitIds,
                              java.util.function.BiPredicate<SyntheticIdentities.LabelledQuery, List<String>> tie) {
            if (query.expectedId() == null) {
                return;
            }
            String expected = UUID.nameUUIDFromBytes(query.expectedId().getBytes(StandardCharsets.UTF_8)).toString();
            sought++;
            if (!hitIds.isEmpty() && hitIds.getFirst().equals(expected)) {
                first++;
            }
            List<String> firstTen = hitIds.subList(0, Math.min(10, hitIds.size()));
            if (firstTen.contains(expected)) {
                inTen++;
            } else if (tie.test(query, firstTen)) {
                tied++;
            }
        }

        synchronized void addAll(Recall other) {
            sought += other.sought;
            first += other.first;
            inTen += other.inTen;
            tied += other.tied;
        }

        double at10CountingTies() {
            return (double) (inTen + tied) / Math.max(1, sought);
        }

        double at1() {
            return (double) first / Math.max(1, sought);
        }

        double at10() {
            return (double) inTen / Math.max(1, sought);
        }
    }

    private void index(List<SyntheticIdentities.Registrant> registry) throws Exception {
        String now = Instant.now().toString();
        for (int from = 0; from < registry.size(); from += 2000) {
            BulkRequest.Builder bulk = new BulkRequest.Builder().index(TestServersAlias.NAME);
            for (SyntheticIdentities.Registrant registrant : registry.subList(from, Math.min(registry.size(), from + 2000))) {
                IndexedRegistrant indexed = indexed(registrant);
                bulk.operations(op -> op.index(i -> i.id(indexed.registrantId()).document(SearchIndexFixture.documentOf(indexed, now))));
            }
            var response = elasticsearch.bulk(bulk.build());
            assertThat(response.errors()).isFalse();
        }
        elasticsearch.indices().refresh(r -> r.index(TestServersAlias.NAME));
        // One segment, as the indexer's rebuild leaves the index (it merges it in the background); merging a million
        // fresh documents would otherwise compete with the screenings for the two cores.
        elasticsearch.indices().forcemerge(f -> f.index(TestServersAlias.NAME).maxNumSegments(1L));
    }

    private static IndexedRegistrant indexed(SyntheticIdentities.Registrant registrant) {
        Identity identity = registrant.identity();
        PersonName name = identity.name();
        String family = name.family() != null ? name.family() : name.full();
        List<IndexedRegistrant.IndexedAlias> aliases = identity.aliases().stream().map(a -> new IndexedRegistrant.IndexedAlias(
                a.name().family(), a.name().given(), a.name().full(), a.dateOfBirth() == null ? null : a.dateOfBirth().toString())).toList();
        return new IndexedRegistrant(UUID.nameUUIDFromBytes(registrant.id().getBytes(StandardCharsets.UTF_8)).toString(), 1, family,
                name.given() == null ? "" : name.given(), null,
                identity.dateOfBirth() == null ? null : identity.dateOfBirth().toString(), null, identity.sex().name(),
                List.copyOf(identity.nationalities()), aliases, List.copyOf(identity.documentNumbers()));
    }

    private static String manifest(String reference, List<Identity> passengers) {
        PaxlstBuilder manifest = PaxlstBuilder.flightOs101(reference);
        for (Identity passenger : passengers) {
            PersonName name = passenger.name();
            var born = passenger.dateOfBirth();
            boolean fullDate = born != null && born.hasDay() && born.plusMinusYears() == 0;
            String document = passenger.documentNumbers().stream().findFirst().orElse(null);
            manifest.passenger(edi(name.family()), edi(name.given() == null ? "" : name.given()), null,
                    fullDate ? "%04d%02d%02d:102".formatted(born.year(), born.month(), born.day()) : null, null,
                    document == null ? null : edi(document), null);
        }
        return manifest.build();
    }

    private static String edi(String text) {
        return text.toUpperCase().replaceAll("[?'+:*]", " ");
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private HttpResponse<String> post(String path, String contentType, String body) {
        return post(path, contentType, body, "border", null);
    }

    private HttpResponse<String> post(String path, String contentType, String body, String user, String purpose) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (purpose != null) {
                request.header("X-Purpose", purpose);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static double ms(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }

    /** The alias registry-api reads in tests. */
    private static final class TestServersAlias {
        static final String NAME = org.opensor.registry.api.TestServers.SEARCH_ALIAS;
    }

    /** Screens {@code requests} travellers with {@code clients} callers; prints latency percentiles and Elasticsearch's share. */
    private void screenConcurrently(List<Identity> travellers, int clients, int requests) throws Exception {
        callConcurrently("one traveller", this::screen, travellers, clients, requests, 0);
    }

    /**
     * {@code requests} calls of {@code call} by {@code clients} callers, as fast as they can or at {@code rate} a second
     * (0: as fast); prints latency percentiles, Elasticsearch's share and CPU.
     */
    private <T> Measured callConcurrently(String what, java.util.function.Consumer<T> call, List<T> people, int clients, int requests,
                                      int rate) throws Exception {
        double[] searchBefore = searchStats();
        ProcessCpu cpu = ProcessCpu.start();
        long allocatedBefore = allocatedBytes();
        long started = System.nanoTime();
        // Wall-clock bounds, to cut a flight recording of the run into its phases.
        System.out.printf("[benchmark] %s starts at %s%n", what, java.time.Instant.now());
        List<Long> sorted = timedCalls(call, people, clients, requests, rate);
        System.out.printf("[benchmark] %s ends at %s%n", what, java.time.Instant.now());
        long allocated = allocatedBytes() - allocatedBefore;
        double seconds = (System.nanoTime() - started) / 1e9;
        double[] searchAfter = searchStats();
        System.out.printf("[benchmark] %s, %d clients, %d requests in %.1f s (%.0f/s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; %s%n",
                what, clients, sorted.size(), seconds, sorted.size() / seconds, ms(sorted, 50), ms(sorted, 95), ms(sorted, 99),
                elasticsearchShare(searchBefore, searchAfter));
        System.out.printf("[benchmark] %s, %d clients, per request: %s; this JVM allocated %.0f KB%n", what, clients,
                cpu.perUnit(sorted.size()), allocated / 1024.0 / sorted.size());
        return new Measured(sorted, seconds);
    }

    /**
     * Heap bytes this JVM (registry-api and the load) has allocated so far: what fills the young generation, so how
     * often registry-api stops to collect.
     */
    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
    }

    /**
     * {@code requests} calls of {@code call} by {@code clients} callers at once, each call as soon as a caller is free,
     * or, with a {@code rate} above 0, call i due at {@code i / rate} seconds from the start. A paced call's latency
     * counts from when it was due, not from when a caller got to it: a call that waited for a busy caller waited as
     * an officer would (no coordinated omission).
     * @return the latencies in ns, sorted
     */
    private static <T> List<Long> timedCalls(java.util.function.Consumer<T> call, List<T> people, int clients, int requests,
                                             int rate) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        List<java.util.concurrent.Future<?>> callers = new ArrayList<>();
        long start = System.nanoTime();
        // Platform threads, as officers' own machines would be: this JVM is also registry-api, whose requests run on
        // virtual threads, and virtual callers would take turns with them on the same two carrier threads.
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                callers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long t0 = rate > 0 ? start + i * 1_000_000_000L / rate : System.nanoTime();
                        for (long early = t0 - System.nanoTime(); early > 0; early = t0 - System.nanoTime()) {
                            java.util.concurrent.locks.LockSupport.parkNanos(early);
                        }
                        call.accept(people.get(i % people.size()));
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                }));
            }
        }
        for (java.util.concurrent.Future<?> caller : callers) {
            caller.get(); // a failed request fails the benchmark instead of quietly shortening it
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return sorted;
    }

    /**
     * Searches, milliseconds spent in query and fetch phases (summed over the index's shards), then collections and
     * their milliseconds in Elasticsearch's JVM and in this one: a collection stops a JVM's requests, so it shows in
     * the tail of the latencies.
     */
    private double[] searchStats() throws Exception {
        var search = elasticsearch.indices().stats(s -> s.index(TestServersAlias.NAME)).all().total().search();
        double[] stats = {search.queryTotal(), search.queryTimeInMillis(), search.fetchTimeInMillis(), 0, 0, 0, 0};
        for (var node : elasticsearch.nodes().stats(n -> n.metric(NodeStatsMetric.Jvm)).nodes().values()) {
            for (var collector : node.jvm().gc().collectors().values()) {
                stats[3] += collector.collectionCount();
                stats[4] += collector.collectionTimeInMillis();
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            stats[5] += Math.max(0, collector.getCollectionCount());
            stats[6] += Math.max(0, collector.getCollectionTime());
        }
        return stats;
    }

    private static String elasticsearchShare(double[] before, double[] after) {
        double searches = Math.max(1, after[0] - before[0]);
        return "Elasticsearch per search: query %.2f ms, fetch %.2f ms; collections: Elasticsearch %.0f (%.0f ms), this JVM %.0f (%.0f ms)"
                .formatted((after[1] - before[1]) / searches, (after[2] - before[2]) / searches, after[3] - before[3],
                        after[4] - before[4], after[5] - before[5], after[6] - before[6]);
    }
}
