package org.opensor.registry.api.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.opensor.registry.api.audit.DisclosedRecords;
import org.opensor.registry.api.charge.CourtTravelBans;
import org.opensor.registry.api.restriction.Viewer;
import org.opensor.registry.api.search.IdentityHit;
import org.opensor.registry.api.search.IdentityHits;
import org.opensor.registry.api.search.IdentityQuery;
import org.opensor.registry.api.search.IdentitySearch;
import org.opensor.registry.events.Topics;
import org.opensor.registry.events.travel.BorderHitV1;
import org.opensor.registry.events.travel.TravelBanHitV1;
import org.opensor.registry.events.travel.TravelEventTypes;
import org.opensor.registry.matching.Identity;
import org.opensor.registry.support.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens one traveller against the registry with the identity search engine. Every hit (at or above the
 * configured band) becomes a border-hit event on {@code registry.travel.v1}, written to the outbox in the same
 * transaction, which the notification worker turns into alerts (undeclared travel, traveller in custody or on bail).
 * A hit on a record restricted to named units is kept (the traveller must be stopped) with its details withheld.
 * A traveller who matches a person under a court travel ban (registrant or not) is a travel-ban hit as well.
 */
@Service
public class TravellerScreening {

    /** What screening one traveller found: registry hits, and court travel bans to stop the traveller on. */
    public record Outcome(List<IdentityHit> hits, List<TravelBanStop> travelBans) {}

    private final IdentitySearch search;
    private final CourtTravelBans bans;
    private final BorderCrossingLog crossings;
    private final Outbox outbox;
    private final ScreeningSettings settings;
    private final Clock clock;

    TravellerScreening(
            IdentitySearch search,
            CourtTravelBans bans,
            BorderCrossingLog crossings,
            Outbox outbox,
            ScreeningSettings settings,
            Clock clock) {
        this.search = search;
        this.bans = bans;
        this.crossings = crossings;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return the hits, best first; each has been published as a border hit (travel bans are published too) */
    @Transactional
    public List<IdentityHit> screen(Identity traveller, Checkpoint checkpoint) {
        return screenWithTravelBans(traveller, checkpoint).hits();
    }

    /** Screens against the registry and the court travel bans; every hit and every ban matched is published. */
    @Transactional
    public Outcome screenWithTravelBans(Identity traveller, Checkpoint checkpoint) {
        List<IdentityHit> hits = hits(traveller);
        publish(hits, checkpoint);
        List<CourtTravelBans.BanMatch> matches =
                travelBansOfEach(List.of(traveller)).getFirst();
        outbox.appendAll(travelBanHits(matches, checkpoint));
        return new Outcome(hits, matches.stream().map(TravelBanStop::of).toList());
    }

    /** For each traveller, the court travel bans in force whose accused they match at the screening's hit band. */
    public List<List<CourtTravelBans.BanMatch>> travelBansOfEach(List<Identity> travellers) {
        return bans.matchesOfEach(travellers, settings.hitBand());
    }

    /** The travel-ban-hit events for {@code matches}, keyed by the person; the people go into the request's audit entry. */
    public List<Outbox.Event> travelBanHits(List<CourtTravelBans.BanMatch> matches, Checkpoint checkpoint) {
        DisclosedRecords.note(matches.stream().map(m -> m.charge().subjectId()).toList());
        Instant now = clock.instant();
        return matches.stream()
                .map(m -> new Outbox.Event(
                        Topics.TRAVEL,
                        m.charge().subjectId().toString(),
                        TravelEventTypes.TRAVEL_BAN_HIT_V1,
                        now,
                        new TravelBanHitV1(
                                UUID.randomUUID(),
                                m.charge().subjectId(),
                                m.charge().registrantId(),
                                m.charge().id(),
                                m.charge().court(),
                                m.charge().caseNumber(),
                                checkpoint.borderPost(),
                                checkpoint.country(),
                                checkpoint.direction(),
                                m.band().name(),
                                now)))
                .toList();
    }

    /** The hits for one traveller, best first, without publishing them: safe to call from several threads. */
    public List<IdentityHit> hits(Identity traveller) {
        return hitsOfEach(List.of(traveller)).getFirst();
    }

    /** {@link #hits} for each traveller, in order, found with one request to the index. */
    public List<List<IdentityHit>> hitsOfEach(List<Identity> travellers) {
        // A border post belongs to no unit: a hit on a restricted record still stops the traveller, with its details
        // withheld.
        return search
                .searchEach(
                        travellers.stream()
                                .map(traveller -> new IdentityQuery(traveller, 0, settings.candidates()))
                                .toList(),
                        Viewer.OF_NO_UNIT,
                        IdentitySearch.RestrictedHits.WITHHOLD_DETAILS,
                        settings.hitBand(),
                        settings.rescored())
                .stream()
                .map(IdentityHits::hits)
                .toList();
    }

    /** Writes one border-hit event per hit to the outbox, in the caller's transaction. */
    public void publish(List<IdentityHit> hits, Checkpoint checkpoint) {
        outbox.appendAll(borderHits(hits, checkpoint));
    }

    /**
     * The border-hit events for {@code hits}, to be written with {@link Outbox#appendAll} in the caller's transaction,
     * which also keeps each hit as a crossing for the travel-compliance job; the hits go into the request's audit entry.
     */
    public List<Outbox.Event> borderHits(List<IdentityHit> hits, Checkpoint checkpoint) {
        DisclosedRecords.note(hits.stream().map(IdentityHit::registrantId).toList());
        Instant now = clock.instant();
        List<BorderHitV1> events = hits.stream()
                .map(hit -> new BorderHitV1(
                        UUID.randomUUID(),
                        UUID.fromString(hit.registrantId()),
                        checkpoint.borderPost(),
                        checkpoint.country(),
                        checkpoint.direction(),
                        hit.band().name(),
                        now))
                .toList();
        crossings.record(events);
        return events.stream()
                .map(hit -> new Outbox.Event(
                        Topics.TRAVEL, hit.registrantId().toString(), TravelEventTypes.BORDER_HIT_V1, now, hit))
                .toList();
    }
}
