package org.opensor.registry.chaos;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;

/**
 * A steady mix of what the registry's users do, through the load balancer: a clerk registers a person and records
 * a conviction and custody, a police officer declares a trip and searches, a border officer screens the traveller
 * and acknowledges alerts. Every accepted write is remembered, so the invariants can look for it everywhere.
 */
final class MixedLoad {

    /** A person the load registered, with the trip declared for them (null if that was refused). */
    record Written(String registrantId, String familyName, String noticeId) {}

    private final RegistryClient api;
    private final int clients;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<Outcomes> window = new AtomicReference<>(new Outcomes());
    private final Queue<Written> written = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final String run = letters((int) (System.currentTimeMillis() / 1000 % 10_000_000));
    private ExecutorService pool;

    MixedLoad(RegistryClient api, int clients) {
        this.api = api;
        this.clients = clients;
    }

    void start() {
        running.set(true);
        pool = Executors.newFixedThreadPool(clients);
        for (int i = 0; i < clients; i++) {
            pool.submit(this::loop);
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Starts a new window of outcomes and returns the one that ended. */
    Outcomes nextWindow() {
        return window.getAndSet(new Outcomes());
    }

    List<Written> written() {
        return List.copyOf(written);
    }

    private void loop() {
        while (running.get()) {
            try {
                onePerson();
            } catch (RuntimeException e) {
                window.get().noAnswer.increment();
            }
        }
    }

    /** One person through the three roles; each step's answer is counted. */
    void onePerson() {
        int n = sequence.incrementAndGet();
        String family = "CHAOS" + run + letters(n);
        String dateOfBirth = LocalDate.of(1950 + n % 40, 1 + n % 12, 1 + n % 28).toString();
        RegistryClient.Reply created =
                call(api.post("/api/v1/registrants", "clerk", """
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"%s","sex":"MALE","nationalities":["KHM"],
                 "documents":[{"type":"PASSPORT","number":"C%08d","issuingState":"KHM","expiresOn":"2031-01-31"}],
                 "confirmedDistinctPerson":true,"reason":"Chaos suite load"}""".formatted(family, dateOfBirth, n)));
        if (!created.accepted()) {
            return;
        }
        String id = created.json().get("id").asString();
        String path = "/api/v1/registrants/" + id;
        call(api.post(path + "/convictions", "clerk", """
                {"court":"Phnom Penh Municipal Court","caseNumber":"%d/2026","judgmentDate":"2025-06-02","offenceId":"KHM-2008-43",
                 "victimMinor":true,"country":"KHM","sentenceMonths":36}""".formatted(n)));
        call(api.post(path + "/custody-events", "clerk", """
                {"type":"ADMITTED","effectiveDate":"2025-06-03","sourceDocument":"Prey Sar admission %d","facility":"Prey Sar"}""".formatted(n)));
        LocalDate departure = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        RegistryClient.Reply notice =
                call(api.post(path + "/travel-notices", "police", """
                {"departureDate":"%s","returnDate":"%s","departurePoint":"PNH","legs":[{"country":"THA","pointOfArrival":"BKK","carrier":"PG 932"}],
                 "purpose":"Visit relatives","documentType":"PASSPORT","documentNumber":"C%08d","addressAbroad":"12 Sukhumvit Soi 4, Bangkok",
                 "reason":"Chaos suite load"}""".formatted(departure, departure.plusDays(7), n)));
        written.add(new Written(
                id, family, notice.accepted() ? notice.json().get("id").asString() : null));
        call(api.post("/api/v1/identity-searches", "police", """
                {"familyName":"%s","givenNames":"Dara","dateOfBirth":"%s"}""".formatted(family, dateOfBirth)));
        call(api.post("/api/v1/screenings", "border", """
                {"surname":"%s","givenNames":"Dara","dateOfBirth":"%s","sex":"MALE","nationality":"KHM","documentNumber":"C%08d",
                 "borderPost":"PNH","country":"KHM","direction":"EXIT"}""".formatted(family, dateOfBirth, n)));
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
            acknowledgeOne();
        }
    }

    private void acknowledgeOne() {
        RegistryClient.Reply open = call(api.get("/api/v1/alerts?state=OPEN&size=5", "border"));
        if (!open.accepted()) {
            return;
        }
        JsonNode items = open.json().path("items");
        if (items.isArray() && !items.isEmpty()) {
            String alertId = items.get(ThreadLocalRandom.current().nextInt(items.size()))
                    .path("id")
                    .asString();
            RegistryClient.Reply ack =
                    api.post("/api/v1/alerts/" + alertId + "/acknowledgement", "border", "{\"note\":\"seen\"}");
            // another client may have acknowledged it first: 409 is an answer, not a failure
            window.get().count(ack);
        }
    }

    private RegistryClient.Reply call(RegistryClient.Reply reply) {
        window.get().count(reply);
        return reply;
    }

    /** A number as letters (names have no digits): 1 → B, 26 → BA. */
    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        do {
            s.insert(0, (char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return s.toString();
    }
}
