package org.opensor.registry.chaos;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "Is the registry whole again?": one person registered through the load balancer with a trip declared, then
 * waited for until the index finds them and the worker has issued the travel alert, i.e. every path works end to end.
 */
final class Probe {

    private final MixedLoad person;
    private final Invariants stores;
    private final AtomicInteger attempts = new AtomicInteger();

    Probe(RegistryClient api, Invariants stores) {
        this.person = new MixedLoad(api, 1);
        this.stores = stores;
    }

    /** Time from {@code since} (System.nanoTime) until a probe started after it succeeded; null past {@code limit}. */
    Duration firstSuccessSince(long since, Duration limit) throws Exception {
        long deadline = since + limit.toNanos();
        while (System.nanoTime() < deadline) {
            attempts.incrementAndGet();
            int before = person.written().size();
            person.onePerson();
            List<MixedLoad.Written> written = person.written();
            if (written.size() > before
                    && written.getLast().noticeId() != null
                    && stores.arrived(written.getLast(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                return Duration.ofNanos(System.nanoTime() - since);
            }
            Thread.sleep(500);
        }
        return null;
    }
}
