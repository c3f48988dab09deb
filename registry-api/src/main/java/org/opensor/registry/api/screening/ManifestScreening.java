package org.opensor.registry.api.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.place.CountryCode;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.matching.document.TravelDocument;
import org.opensor.registry.matching.document.paxlst.BorderCrossing;
import org.opensor.registry.matching.document.paxlst.FlightLeg;
import org.opensor.registry.matching.document.paxlst.ManifestTraveller;
import org.opensor.registry.matching.document.paxlst.PaxlstInterchange;
import org.opensor.registry.matching.document.paxlst.PaxlstMessage;
import org.opensor.registry.matching.document.paxlst.PaxlstParser;
import org.opensor.registry.matching.document.paxlst.PaxlstProblem;
import org.opensor.registry.matching.document.paxlst.PortCountries;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens an airline's passenger or crew manifest (UN/EDIFACT PAXLST) traveller by traveller. Idempotent by content:
 * the same sender, interchange reference and bytes as the latest version answer that version's stored result and
 * raise no new alerts; other content under a known reference (a corrected or a truncated copy) is screened in full
 * and stored as the next version, with what changed. A traveller that cannot be read is reported with its problems;
 * the others are screened all the same. The border post is the one of the leg that crosses the screening state's
 * border.
 */
@Service
public class ManifestScreening {

    /** The outcome for one traveller of the manifest. */
    public record TravellerResult(
            int segmentPosition,
            String role,
            String surname,
            String givenNames,
            String dateOfBirth,
            String sex,
            String nationality,
            String documentNumber,
            String issuingState,
            String documentExpiresOn,
            List<IdentityHit> hits,
            List<String> problems) {}

    /**
     * One leg of the itinerary as sent.
     *
     * @param number    1-based position among the manifest's legs
     * @param departure local date and time as sent, ISO 8601 without offset
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ManifestLeg")
    public record Leg(
            int number, String flight, String carrier, String from, String departure, String to, String arrival) {}

    /**
     * The outcome for a manifest.
     *
     * @param version        1 for the first content under this sender and reference, then 2, 3... for each different one
     * @param flight         the flight of the crossing leg (else of the first leg)
     * @param arrivalAt      where the crossing leg (else the first leg) arrives
     * @param borderPost     the post the border hits name
     * @param direction      {@code ARRIVAL} or {@code DEPARTURE}
     * @param borderPostFrom {@code REQUEST} (given as a parameter), {@code CROSSING_LEG}, {@code FIRST_LEG} (no leg
     *                       crosses the state's border) or {@code NONE} (no leg read)
     * @param crossingLeg    the number of the leg that crosses the border, or null
     * @param legs           every leg of every message, in order
     * @param problems       errors of the interchange and its messages
     * @param warnings       what the officer should know about the manifest as a whole: declared counts (CNT) that
     *                       disagree with the travellers read, trailer counts, no crossing leg
     * @param changes        against the previous version; null for version 1
     * @param resubmitted    the same content was screened before: this is that screening's result, no new alerts
     * @param travelBans     travellers who match a person under a court travel ban: stop them (null in results stored
     *                       before travel bans were screened)
     */
    public record ManifestResult(
            String sender,
            String controlReference,
            int version,
            String flight,
            String arrivalAt,
            String borderPost,
            String direction,
            String borderPostFrom,
            Integer crossingLeg,
            List<Leg> legs,
            int travellers,
            int hitCount,
            List<TravellerResult> results,
            List<String> problems,
            List<String> warnings,
            ManifestChanges changes,
            boolean resubmitted,
            List<TravellerStop> travelBans) {

        ManifestResult asResubmissionOf(int storedVersion) {
            return new ManifestResult(
                    sender,
                    controlReference,
                    storedVersion,
                    flight,
                    arrivalAt,
                    borderPost,
                    direction,
                    borderPostFrom,
                    crossingLeg,
                    legs,
                    travellers,
                    hitCount,
                    results,
                    problems,
                    warnings,
                    changes,
                    true,
                    travelBans);
        }
    }

    /**
     * A traveller of the manifest under a court travel ban.
     *
     * @param segmentPosition the traveller's position in the manifest, as in {@link TravellerResult}
     */
    public record TravellerStop(int segmentPosition, String surname, String givenNames, TravelBanStop stop) {}

    private final TravellerScreening screening;
    private final ScreenedManifests manifests;
    private final Outbox outbox;
    private final ScreeningSettings settings;
    private final PortCountries ports;
    private final Clock clock;

    ManifestScreening(
            TravellerScreening screening,
            ScreenedManifests manifests,
            Outbox outbox,
            ScreeningSettings settings,
            Clock clock) {
        this.screening = screening;
        this.manifests = manifests;
        this.outbox = outbox;
        this.settings = settings;
        this.ports = PortCountries.builtIn().with(settings.portsOrNone());
        this.clock = clock;
    }

    /**
     * @param checkpoint where the manifest is screened; null fields default to the crossing leg's port of the state
     *                   (else the first leg's arrival airport), the home country and the crossing's direction
     * @throws org.opensor.registry.api.refusal.RuleViolation if the checkpoint's country is no ISO 3166-1 alpha-3 code
     */
    @Transactional
    public ManifestResult screen(String edifact, Checkpoint checkpoint) {
        String state = checkpoint.country() == null
                ? settings.homeCountry()
                : CountryCode.of(checkpoint.country(), "country").code();
        PaxlstInterchange interchange = new PaxlstParser(clock).parse(edifact);
        if (interchange.controlReference() == null || interchange.sender() == null) {
            throw new UnreadableManifest(interchange.allProblems().stream()
                    .map(PaxlstProblem::toString)
                    .toList());
        }
        String contentHash = sha256(edifact);
        Optional<ScreenedManifests.Stored> latest =
                manifests.latest(interchange.sender(), interchange.controlReference());
        if (latest.isPresent() && contentHash.equals(latest.get().contentSha256())) {
            ManifestResult stored = latest.get().result();
            DisclosedRecords.note(stored.results().stream()
                    .flatMap(r -> r.hits().stream())
                    .map(IdentityHit::registrantId)
                    .toList());
            return stored.asResubmissionOf(latest.get().version());
        }
        List<FlightLeg> legs =
                interchange.messages().stream().flatMap(m -> m.legs().stream()).toList();
        Optional<BorderCrossing> crossing = BorderCrossing.find(legs, state, ports, checkpoint.direction());
        Optional<FlightLeg> shown =
                crossing.map(BorderCrossing::leg).or(() -> legs.stream().findFirst());
        String borderPostFrom = checkpoint.borderPost() != null
                ? "REQUEST"
                : crossing.isPresent() ? "CROSSING_LEG" : legs.isEmpty() ? "NONE" : "FIRST_LEG";
        Checkpoint at = new Checkpoint(
                checkpoint.borderPost() != null
                        ? checkpoint.borderPost()
                        : crossing.map(BorderCrossing::borderPost)
                                .orElse(shown.map(FlightLeg::arrivalAt).orElse("UNKNOWN")),
                state,
                checkpoint.direction() != null
                        ? checkpoint.direction()
                        : crossing.map(BorderCrossing::direction).orElse("ARRIVAL"));
        List<ManifestTraveller> travellers = interchange.travellers();
        List<List<IdentityHit>> hitsPerTraveller = searchAll(travellers);
        List<TravellerStop> stops = new ArrayList<>();
        List<Outbox.Event> banHits = travelBans(travellers, at, stops);
        List<TravellerResult> results = new ArrayList<>();
        int hitCount = 0;
        List<Outbox.Event> borderHits = new ArrayList<>();
        for (int i = 0; i < travellers.size(); i++) {
            ManifestTraveller traveller = travellers.get(i);
            List<String> problems =
                    traveller.problems().stream().map(PaxlstProblem::toString).toList();
            List<IdentityHit> hits = hitsPerTraveller.get(i);
            borderHits.addAll(screening.borderHits(hits, at));
            hitCount += hits.size();
            results.add(resultFor(
                    traveller,
                    hits,
                    !traveller.isReadable() && problems.isEmpty()
                            ? List.of("not enough to screen: no name")
                            : problems));
        }
        outbox.appendAll(borderHits);
        outbox.appendAll(banHits);
        List<String> warnings = new ArrayList<>();
        if (!stops.isEmpty()) {
            warnings.add("STOP " + stops.size() + " traveller(s) under a court travel ban: see travelBans");
        }
        List<String> problems = new ArrayList<>(
                interchange.problems().stream().map(PaxlstProblem::toString).toList());
        for (PaxlstMessage message : interchange.messages()) {
            for (PaxlstProblem problem : message.problems()) {
                (problem.isError() ? problems : warnings).add(problem.toString());
            }
        }
        if (crossing.isEmpty() && !legs.isEmpty()) {
            warnings.add("WARNING no leg crosses the border of " + state + " (no leg has exactly one end at a port of "
                    + state + "): the border post is "
                    + (checkpoint.borderPost() != null ? "the one requested" : "the first leg's arrival"));
        }
        int version = latest.map(stored -> stored.version() + 1).orElse(1);
        ManifestChanges changes = latest.map(stored -> stored.contentSha256() == null
                        ? ManifestChanges.sinceUnversioned(
                                stored.version(), stored.result().results(), results)
                        : ManifestChanges.between(
                                stored.version(), stored.result().results(), results))
                .orElse(null);
        ManifestResult result = new ManifestResult(
                interchange.sender(),
                interchange.controlReference(),
                version,
                shown.map(FlightLeg::flight).orElse(null),
                shown.map(FlightLeg::arrivalAt).orElse(null),
                at.borderPost(),
                at.direction(),
                borderPostFrom,
                crossing.map(BorderCrossing::legNumber).orElse(null),
                legsOf(legs),
                results.size(),
                hitCount,
                results,
                problems,
                warnings,
                changes,
                false,
                List.copyOf(stops));
        manifests.save(result, contentHash, clock.instant());
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
            Optional<Identity> identity =
                    travellers.get(i).isReadable() ? travellers.get(i).holder().toIdentity() : Optional.empty();
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

    /** Matches every readable traveller against the court travel bans in force; fills {@code stops}, returns the events. */
    private List<Outbox.Event> travelBans(
            List<ManifestTraveller> travellers, Checkpoint at, List<TravellerStop> stops) {
        List<ManifestTraveller> readable = travellers.stream()
                .filter(t -> t.isReadable() && t.holder().toIdentity().isPresent())
                .toList();
        List<List<org.opensor.registry.api.charge.CourtTravelBans.BanMatch>> matches =
                screening.travelBansOfEach(readable.stream()
                        .map(t -> t.holder().toIdentity().orElseThrow())
                        .toList());
        List<Outbox.Event> events = new ArrayList<>();
        for (int i = 0; i < readable.size(); i++) {
            ManifestTraveller traveller = readable.get(i);
            for (var match : matches.get(i)) {
                stops.add(new TravellerStop(
                        traveller.segmentPosition(),
                        traveller.holder().surname(),
                        traveller.holder().givenNamesJoined(),
                        TravelBanStop.of(match)));
            }
            events.addAll(screening.travelBanHits(matches.get(i), at));
        }
        return events;
    }

    private static List<Leg> legsOf(List<FlightLeg> legs) {
        List<Leg> numbered = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            FlightLeg leg = legs.get(i);
            numbered.add(new Leg(
                    i + 1,
                    leg.flight(),
                    leg.carrier(),
                    leg.departureFrom(),
                    leg.departure() == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(leg.departure()),
                    leg.arrivalAt(),
                    leg.arrival() == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(leg.arrival())));
        }
        return numbered;
    }

    private static TravellerResult resultFor(
            ManifestTraveller traveller, List<IdentityHit> hits, List<String> problems) {
        var holder = traveller.holder();
        if (holder == null) {
            return new TravellerResult(
                    traveller.segmentPosition(),
                    traveller.role().name(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    hits,
                    problems);
        }
        Optional<TravelDocument> document = holder.primaryDocument();
        return new TravellerResult(
                traveller.segmentPosition(),
                traveller.role().name(),
                holder.surname(),
                holder.givenNamesJoined(),
                holder.dateOfBirth() == null ? null : holder.dateOfBirth().toString(),
                holder.sex().name(),
                holder.nationality(),
                document.map(TravelDocument::number).orElse(null),
                document.map(TravelDocument::issuingState).orElse(null),
                document.map(TravelDocument::expiry).map(Object::toString).orElse(null),
                hits,
                problems);
    }

    /**
     * Of the manifest as received, in UTF-8, with line ends made LF and surrounding whitespace removed: line breaks
     * between EDIFACT segments carry nothing, and a manifest pasted into a browser comes with CRLF.
     */
    static String sha256(String edifact) {
        String content = edifact.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
