package org.opensor.registry.api.screening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.document.paxlst.FlightLeg;
import org.opensor.registry.matching.document.paxlst.ManifestTraveller;
import org.opensor.registry.matching.document.paxlst.PaxlstInterchange;
import org.opensor.registry.matching.document.paxlst.PaxlstParser;
import org.opensor.registry.matching.document.paxlst.PaxlstProblem;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens an airline's passenger or crew manifest (UN/EDIFACT PAXLST) traveller by traveller. A manifest sent
 * again with the same sender and interchange reference is not screened again and raises no new alerts: the
 * stored result of the first submission is returned. A traveller that cannot be read is reported with its
 * problems; the others are screened all the same.
 */
@Service
public class ManifestScreening {

    /** The outcome for one traveller of the manifest. */
    public record TravellerResult(int segmentPosition, String role, String surname, String givenNames, String dateOfBirth,
                                  String nationality, String documentNumber, List<IdentityHit> hits, List<String> problems) {
    }

    /** The outcome for a manifest; {@code resubmitted} when it had been screened before. */
    public record ManifestResult(String sender, String controlReference, String flight, String arrivalAt, int travellers,
                                 int hitCount, List<TravellerResult> results, List<String> problems, boolean resubmitted) {
    }

    private final TravellerScreening screening;
    private final ScreenedManifests manifests;
    private final Outbox outbox;
    private final ScreeningSettings settings;
    private final Clock clock;

    ManifestScreening(TravellerScreening screening, ScreenedManifests manifests, Outbox outbox, ScreeningSettings settings, Clock clock) {
        this.screening = screening;
        this.manifests = manifests;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param checkpoint where the manifest is screened; null fields default to the first leg's arrival airport,
     *                   the home country and ARRIVAL
     */
    @Transactional
    public ManifestResult screen(String edifact, Checkpoint checkpoint) {
        PaxlstInterchange interchange = new PaxlstParser(clock).parse(edifact);
        if (interchange.controlReference() == null || interchange.sender() == null) {
            throw new UnreadableManifest(interchange.allProblems().stream().map(PaxlstProblem::toString).toList());
        }
        Optional<ManifestResult> earlier = manifests.find(interchange.sender(), interchange.controlReference());
        if (earlier.isPresent()) {
            ManifestResult first = earlier.get();
            DisclosedRecords.note(first.results().stream().flatMap(r -> r.hits().stream()).map(IdentityHit::registrantId).toList());
            return new ManifestResult(first.sender(), first.controlReference(), first.flight(), first.arrivalAt(), first.travellers(),
                    first.hitCount(), first.results(), first.problems(), true);
        }
        Optional<FlightLeg> leg = interchange.messages().stream().flatMap(m -> m.legs().stream()).findFirst();
        Checkpoint at = new Checkpoint(
                checkpoint.borderPost() != null ? checkpoint.borderPost() : leg.map(FlightLeg::arrivalAt).orElse("UNKNOWN"),
                checkpoint.country() != null ? checkpoint.country() : settings.homeCountry(),
                checkpoint.direction() != null ? checkpoint.direction() : "ARRIVAL");
        List<ManifestTraveller> travellers = interchange.travellers();
        List<List<IdentityHit>> hitsPerTraveller = searchAll(travellers);
        List<TravellerResult> results = new ArrayList<>();
        int hitCount = 0;
        List<Outbox.Event> borderHits = new ArrayList<>();
        for (int i = 0; i < travellers.size(); i++) {
            ManifestTraveller traveller = travellers.get(i);
            List<String> problems = traveller.problems().stream().map(PaxlstProblem::toString).toList();
            List<IdentityHit> hits = hitsPerTraveller.get(i);
            borderHits.addAll(screening.borderHits(hits, at));
            hitCount += hits.size();
            results.add(resultFor(traveller, hits, !traveller.isReadable() && problems.isEmpty()
                    ? List.of("not enough to screen: no name") : problems));
        }
        outbox.appendAll(borderHits);
        ManifestResult result = new ManifestResult(interchange.sender(), interchange.controlReference(),
                leg.map(FlightLeg::flight).orElse(null), leg.map(FlightLeg::arrivalAt).orElse(null), results.size(), hitCount,
                results, interchange.problems().stream().map(PaxlstProblem::toString).toList(), false);
        manifests.save(result, clock.instant());
        return result;
    }

    /**
     * Searches every readable traveller, {@code manifestBatch} travellers to one multi-search request and
     * {@code manifestParallelism} requests at a time on virtual threads; the border-hit events are then written by
     * the calling thread, inside the manifest's transaction.
     */
    private List<List<IdentityHit>> searchAll(List<ManifestTraveller> travellers) {
        List<Integer> readable = new ArrayList<>();
        List<Identity> identities = new ArrayList<>();
        for (int i = 0; i < travellers.size(); i++) {
            Optional<Identity> identity = travellers.get(i).isReadable() ? travellers.get(i).holder().toIdentity() : Optional.empty();
            if (identity.isPresent()) {
                readable.add(i);
                identities.add(identity.get());
            }
        }
        List<List<IdentityHit>> hits = new ArrayList<>(Collections.nCopies(travellers.size(), List.<IdentityHit>of()));
        int batch = Math.max(1, settings.manifestBatch());
        Semaphore permits = new Semaphore(Math.max(1, settings.manifestParallelism()));
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<List<IdentityHit>>>> searches = new ArrayList<>();
            for (int from = 0; from < identities.size(); from += batch) {
                List<Identity> slice = identities.subList(from, Math.min(identities.size(), from + batch));
                searches.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        return screening.hitsOfEach(slice);
                    } finally {
                        permits.release();
                    }
                }));
            }
            int next = 0;
            for (Future<List<List<IdentityHit>>> search : searches) {
                for (List<IdentityHit> travellerHits : search.get()) {
                    hits.set(readable.get(next++), travellerHits);
                }
            }
            return hits;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("manifest screening interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static TravellerResult resultFor(ManifestTraveller traveller, List<IdentityHit> hits, List<String> problems) {
        var holder = traveller.holder();
        if (holder == null) {
            return new TravellerResult(traveller.segmentPosition(), traveller.role().name(), null, null, null, null, null, hits, problems);
        }
        return new TravellerResult(traveller.segmentPosition(), traveller.role().name(), holder.surname(), holder.givenNamesJoined(),
                holder.dateOfBirth() == null ? null : holder.dateOfBirth().toString(), holder.nationality(),
                holder.primaryDocument().map(d -> d.number()).orElse(null), hits, problems);
    }
}
